package com.mangaassist.feedback.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The {@code feedback} table (port). Records are written once; later changes are single-attribute
 * conditional updates (quarantine, topic correction). Listing reads are paginated with an opaque cursor.
 */
public interface FeedbackStore {

    /** Stores a new record; false if a record with its id exists already. */
    boolean insert(FeedbackRecord record);

    /** Strongly consistent read by id. */
    Optional<FeedbackRecord> find(String feedbackId);

    /** Creation times of the user's signals at or after {@code since}, oldest first, at most {@code limit}. */
    List<Instant> signalTimes(String userId, Instant since, int limit);

    /** Records created on {@code day} (UTC) in [{@code from}, {@code to}), oldest first, a page at a time. */
    Slice byDay(LocalDate day, Instant from, Instant to, String cursor, int pageSize);

    /** The user's records, oldest first, a page at a time. */
    Slice byUser(String userId, String cursor, int pageSize);

    /** The session's records, oldest first, a page at a time. */
    Slice bySession(String sessionId, String cursor, int pageSize);

    /** Marks a record quarantined (or lifts it with {@code reason} null); false if it does not exist. */
    boolean setQuarantine(String feedbackId, boolean quarantined, String reason);

    /**
     * Sets the topic to {@code corrected} if it is still {@code expected}, keeping {@code expected} as
     * {@code original_incorrect_topic}; false if the record changed meanwhile (or does not exist).
     */
    boolean correctTopic(String feedbackId, String expected, String corrected, Instant at);

    /** A page of records and the cursor of the next page (null at the end). */
    record Slice(List<FeedbackRecord> records, String nextCursor) {

        public Slice {
            records = List.copyOf(records);
        }

        public boolean last() {
            return nextCursor == null;
        }
    }
}
