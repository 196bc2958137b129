package com.mangaassist.model.chat;

/** Tells the customer a live agent takes over. */
public record HandoffNotice(String messageId, String text, String textJa) implements ServerMessage {}
