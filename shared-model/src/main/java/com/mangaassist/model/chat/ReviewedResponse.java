package com.mangaassist.model.chat;

/** The answer as a reviewer approved or edited it. */
public record ReviewedResponse(String messageId, String text) implements ServerMessage {}
