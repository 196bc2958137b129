package com.mangaassist.model.chat;

/** Bad input, rate limit or internal failure; the connection stays usable. */
public record ErrorMessage(String code, String message, String clientMessageId) implements ServerMessage {}
