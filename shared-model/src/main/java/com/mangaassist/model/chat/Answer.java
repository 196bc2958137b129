package com.mangaassist.model.chat;

/** An answer sent at once (auto-respond). */
public record Answer(String messageId, String clientMessageId, String text, String topic, double confidence)
        implements ServerMessage {}
