package com.mangaassist.feedback.testing;

import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The feedback table in memory, with the port's whole contract: conditional insert, listings oldest first a
 * page at a time with an opaque cursor (like DynamoDB, a full page carries a cursor even when nothing
 * follows), quarantine updates, and the conditional topic correction that keeps the original topic.
 */
public class InMemoryFeedbackStore implements FeedbackStore {

    private int pagesServed;

    private static final Comparator<FeedbackRecord> ORDER =
            Comparator.comparing(FeedbackRecord::createdAt).thenComparing(FeedbackRecord::feedbackId);

    private final Map<String, FeedbackRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized boolean insert(FeedbackRecord record) {
        return records.putIfAbsent(record.feedbackId(), record) == null;
    }

    @Override
    public synchronized Optional<FeedbackRecord> find(String feedbackId) {
        return Optional.ofNullable(records.get(feedbackId));
    }

    /** Every stored record, oldest first. */
    public synchronized List<FeedbackRecord> all() {
        return records.values().stream().sorted(ORDER).toList();
    }

    @Override
    public synchronized List<Instant> signalTimes(String userId, Instant since, int limit) {
        List<Instant> times = records.values().stream()
                .filter(r -> r.userId().equals(userId) && !r.createdAt().isBefore(since))
                .map(FeedbackRecord::createdAt)
                .sorted()
                .toList();
        return times.subList(Math.max(0, times.size() - limit), times.size());
    }

    @Override
    public Slice byDay(LocalDate day, Instant from, Instant to, String cursor, int pageSize) {
        return page(
                r -> r.createdAt().atZone(ZoneOffset.UTC).toLocalDate().equals(day)
                        && !r.createdAt().isBefore(from)
                        && r.createdAt().isBefore(to),
                cursor,
                pageSize);
    }

    @Override
    public Slice byUser(String userId, String cursor, int pageSize) {
        return page(r -> r.userId().equals(userId), cursor, pageSize);
    }

    @Override
    public Slice bySession(String sessionId, String cursor, int pageSize) {
        return page(r -> r.sessionId().equals(sessionId), cursor, pageSize);
    }

    @Override
    public synchronized boolean setQuarantine(String feedbackId, boolean quarantined, String reason) {
        FeedbackRecord r = records.get(feedbackId);
        if (r == null) {
            return false;
        }
        records.put(
                feedbackId, copy(r, r.topic(), quarantined, quarantined ? reason : null, r.originalIncorrectTopic()));
        return true;
    }

    @Override
    public synchronized boolean correctTopic(String feedbackId, String expected, String corrected, Instant at) {
        FeedbackRecord r = records.get(feedbackId);
        if (r == null || !r.topic().code().equals(expected)) {
            return false;
        }
        TopicCategory topic = TopicCategory.fromCode(corrected)
                .orElseThrow(() -> new IllegalArgumentException("unknown topic " + corrected));
        records.put(feedbackId, copy(r, topic, r.quarantined(), r.quarantineReason(), expected));
        return true;
    }

    /** Overwrites a stored record's topic without any trace, as a corrupting bug would. */
    public synchronized void corruptTopic(String feedbackId, TopicCategory topic) {
        FeedbackRecord r = records.get(feedbackId);
        records.put(feedbackId, copy(r, topic, r.quarantined(), r.quarantineReason(), r.originalIncorrectTopic()));
    }

    /** How many pages the listings served, so callers can be checked to read them all. */
    public synchronized int pagesServed() {
        return pagesServed;
    }

    private synchronized Slice page(Predicate<FeedbackRecord> wanted, String cursor, int pageSize) {
        pagesServed++;
        List<FeedbackRecord> matching =
                records.values().stream().filter(wanted).sorted(ORDER).toList();
        int start = 0;
        if (cursor != null) {
            String[] key = cursor.split("\\|", 2);
            Instant at = Instant.parse(key[0]);
            while (start < matching.size()
                    && (matching.get(start).createdAt().isBefore(at)
                            || (matching.get(start).createdAt().equals(at)
                                    && matching.get(start).feedbackId().compareTo(key[1]) <= 0))) {
                start++;
            }
        }
        List<FeedbackRecord> page =
                new ArrayList<>(matching.subList(start, Math.min(matching.size(), start + pageSize)));
        String next = page.size() == pageSize
                ? page.get(page.size() - 1).createdAt() + "|"
                        + page.get(page.size() - 1).feedbackId()
                : null;
        return new Slice(page, next);
    }

    private static FeedbackRecord copy(
            FeedbackRecord r, TopicCategory topic, boolean quarantined, String reason, String originalTopic) {
        return new FeedbackRecord(
                r.feedbackId(),
                r.kind(),
                r.messageId(),
                r.sessionId(),
                r.userId(),
                topic,
                r.promptVersion(),
                r.createdAt(),
                r.signal(),
                r.correctionRaw(),
                r.correctionSanitised(),
                r.relatedness(),
                r.chosenMessageId(),
                r.rejectedMessageId(),
                r.provenance(),
                r.exclusions(),
                quarantined,
                reason,
                originalTopic);
    }
}
