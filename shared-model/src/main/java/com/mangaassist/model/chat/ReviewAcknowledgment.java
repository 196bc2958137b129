package com.mangaassist.model.chat;

/** Tells the customer the answer is being reviewed, in English and Japanese. */
public record ReviewAcknowledgment(
        String messageId, String clientMessageId, String text, String textJa, long expectedWithinSeconds)
        implements ServerMessage {}
