package com.mangaassist.feedback.intake.application;

import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import java.time.Duration;

/** What became of a submitted signal. */
public sealed interface SubmitOutcome {

    /** Stored now. */
    record Accepted(FeedbackRecord record) implements SubmitOutcome {}

    /** The same signal was stored before: its record again. */
    record Replayed(FeedbackRecord record) implements SubmitOutcome {}

    /** A different signal of this kind was stored for this message before. */
    record AlreadySubmitted(String feedbackId) implements SubmitOutcome {}

    /** No such message, or not the caller's (indistinguishable on purpose). */
    record NotFound() implements SubmitOutcome {}

    /** Refused as invalid or mismatched, with a stable code ({@code TOPIC_MISMATCH}, {@code SESSION_MISMATCH}…). */
    record Refused(String code, String detail) implements SubmitOutcome {}

    /** Over a rate limit. */
    record RateLimited(String scope, Duration retryAfter) implements SubmitOutcome {}
}
