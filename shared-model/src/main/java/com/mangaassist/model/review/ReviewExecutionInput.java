package com.mangaassist.model.review;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;

/**
 * Input of one review execution. {@code timeoutSeconds} and {@code heartbeatSeconds} are read by the
 * state machine ({@code TimeoutSecondsPath}/{@code HeartbeatSecondsPath}); the orchestrator chooses
 * them per priority from configuration. {@code createdAt} is ISO-8601 UTC. {@code confidence} is the
 * calibrated score routing used; {@code rawScore} the uncalibrated one that calibration learns from.
 */
public record ReviewExecutionInput(
        String messageId,
        String sessionId,
        String userId,
        Priority priority,
        TopicCategory topic,
        double confidence,
        double rawScore,
        String question,
        String draftAnswer,
        String lang,
        String createdAt,
        long timeoutSeconds,
        long heartbeatSeconds) {}
