package com.mangaassist.feedback.intake.domain;

/**
 * Reads a signal's context (port): in DynamoDB one strongly consistent batch read across the feedback,
 * quarantine, profile and reputation tables instead of five round trips.
 */
public interface SignalContexts {

    SignalContext load(String feedbackId, String userId, String sessionId);
}
