package com.mangaassist.model.chat;

/** Sent while a turn is under review, so the customer knows it is still being worked on. */
public record Heartbeat(String messageId, long elapsedSeconds, String text, String textJa) implements ServerMessage {}
