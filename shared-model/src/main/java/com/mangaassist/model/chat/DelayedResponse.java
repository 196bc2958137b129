package com.mangaassist.model.chat;

/** The AI answer delivered without review (timeout or late delivery), with disclaimers. */
public record DelayedResponse(String messageId, String response, String disclaimer, String disclaimerJa)
        implements ServerMessage {}
