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
 * The {@link FeedbackStore} contract in memory: listings oldest first (ties by id), paginated with a cursor
 * that is the index of the next record. Counts the pages it served so callers can be checked to read them all.
 */
public final class InMemoryFeedbackStore implements FeedbackStore {

    private final Map<String, FeedbackRecord> records = new LinkedHashMap<>();
    private int pagesServed;

    @Override
    public synchronized boolean insert(FeedbackRecord record) {
        return records.putIfAbsent(record.feedbackId(), record) == null;
    }

    @Override
    public synchronized Optional<FeedbackRecord> find(String feedbackId) {
        return Optional.ofNullable(records.get(feedbackId));
    }

    @Override
    public synchronized List<Instant> signalTimes(String userId, Instant since, int limit) {
        List<Instant> times = sorted(
                        r -> r.userId().equals(userId) && !r.createdAt().isBefore(since))
                .stream()
                .map(FeedbackRecord::createdAt)
                .toList();
        return times.subList(Math.max(0, times.size() - limit), times.size());
    }

    @Override
    public synchronized Slice byDay(LocalDate day, Instant from, Instant to, String cursor, int pageSize) {
        return page(
                sorted(r -> r.createdAt().atZone(ZoneOffset.UTC).toLocalDate().equals(day)
                        && !r.createdAt().isBefore(from)
                        && r.createdAt().isBefore(to)),
                cursor,
                pageSize);
    }

    @Override
    public synchronized Slice byUser(String userId, String cursor, int pageSize) {
        return page(sorted(r -> r.userId().equals(userId)), cursor, pageSize);
    }

    @Override
    public synchronized Slice bySession(String sessionId, String cursor, int pageSize) {
        return page(sorted(r -> r.sessionId().equals(sessionId)), cursor, pageSize);
    }

    @Override
    public synchronized boolean setQuarantine(String feedbackId, boolean quarantined, String reason) {
        FeedbackRecord r = records.get(feedbackId);
        if (r == null) {
            return false;
        }
        records.put(
                feedbackId, with(r, r.topic(), quarantined, quarantined ? reason : null, r.originalIncorrectTopic()));
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
        records.put(feedbackId, with(r, topic, r.quarantined(), r.quarantineReason(), expected));
        return true;
    }

    /** Overwrites a stored record's topic without any trace, as a corrupting bug would. */
    public synchronized void corruptTopic(String feedbackId, TopicCategory topic) {
        FeedbackRecord r = records.get(feedbackId);
        records.put(feedbackId, with(r, topic, r.quarantined(), r.quarantineReason(), r.originalIncorrectTopic()));
    }

    public synchronized List<FeedbackRecord> all() {
        return List.copyOf(records.values());
    }

    public synchronized int pagesServed() {
        return pagesServed;
    }

    private List<FeedbackRecord> sorted(Predicate<FeedbackRecord> filter) {
        return records.values().stream()
                .filter(filter)
                .sorted(Comparator.comparing(FeedbackRecord::createdAt).thenComparing(FeedbackRecord::feedbackId))
                .toList();
    }

    private Slice page(List<FeedbackRecord> matching, String cursor, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        int start;
        try {
            start = cursor == null ? 0 : Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor of this listing", e);
        }
        int end = Math.min(matching.size(), start + pageSize);
        pagesServed++;
        return new Slice(
                new ArrayList<>(matching.subList(Math.min(start, end), end)),
                end < matching.size() ? Integer.toString(end) : null);
    }

    private static FeedbackRecord with(
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
