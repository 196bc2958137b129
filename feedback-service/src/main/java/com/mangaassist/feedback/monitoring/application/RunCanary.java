package com.mangaassist.feedback.monitoring.application;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.feedback.intake.application.SubmitFeedback;
import com.mangaassist.feedback.intake.application.SubmitFeedbackCommand;
import com.mangaassist.feedback.intake.application.SubmitOutcome;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.monitoring.domain.CanaryMessage;
import com.mangaassist.feedback.monitoring.domain.CanaryMessages;
import com.mangaassist.feedback.monitoring.domain.CanaryResult;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scenario 5's canary feedback: writes a synthetic turn of a known topic (rotating over the topics), rates
 * it through the real intake use case as a canary (no rate limit; excluded as CANARY), reads the record
 * back by key and checks it carries the turn's topic, session, message and user and is not usable. A
 * failure pages with what differed.
 */
public final class RunCanary {

    public static final String USER = "canary";

    private final CanaryMessages canaryMessages;
    private final SubmitFeedback submit;
    private final FeedbackStore store;
    private final List<TopicCategory> topics;
    private final Pager pager;
    private final MonitoringEvents events;
    private final Clock clock;
    private final Duration ttl;
    private final AtomicReference<CanaryResult> latest = new AtomicReference<>();
    private int next;

    public RunCanary(
            CanaryMessages canaryMessages,
            SubmitFeedback submit,
            FeedbackStore store,
            List<TopicCategory> topics,
            Pager pager,
            MonitoringEvents events,
            Clock clock,
            Duration ttl) {
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("the canary needs at least one topic");
        }
        this.canaryMessages = canaryMessages;
        this.submit = submit;
        this.store = store;
        this.topics = List.copyOf(topics);
        this.pager = pager;
        this.events = events;
        this.clock = clock;
        this.ttl = ttl;
    }

    public synchronized CanaryResult run() {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        TopicCategory topic = topics.get(next);
        next = (next + 1) % topics.size();
        CanaryMessage message = new CanaryMessage(
                "canary-" + id,
                "canary-session-" + id,
                USER,
                topic,
                "canary question about " + topic.code(),
                "canary answer about " + topic.code(),
                now,
                now.plus(ttl));
        canaryMessages.write(message);
        SubmitOutcome outcome = submit.submit(new SubmitFeedbackCommand(
                USER,
                FeedbackKind.BINARY,
                message.messageId(),
                Signal.UP,
                null,
                null,
                null,
                topic.code(),
                message.sessionId(),
                true));
        List<String> problems = new ArrayList<>();
        String feedbackId = null;
        if (outcome instanceof SubmitOutcome.Accepted accepted) {
            feedbackId = accepted.record().feedbackId();
            Optional<FeedbackRecord> stored = store.find(feedbackId);
            if (stored.isEmpty()) {
                problems.add("record " + feedbackId + " cannot be read back");
            } else {
                compare(stored.get(), message, problems);
            }
        } else {
            problems.add("intake did not accept the canary: " + outcome);
        }
        CanaryResult result = new CanaryResult(now, message.messageId(), feedbackId, problems);
        latest.set(result);
        events.canary(result.ok());
        if (!result.ok()) {
            pager.page(new Page(
                    "Feedback canary failed",
                    "canary message " + message.messageId() + " (" + topic.code() + "): " + String.join("; ", problems),
                    now));
        }
        return result;
    }

    public Optional<CanaryResult> latest() {
        return Optional.ofNullable(latest.get());
    }

    private static void compare(FeedbackRecord record, CanaryMessage message, List<String> problems) {
        differs("topic", message.topic().code(), record.topic().code(), problems);
        differs("session", message.sessionId(), record.sessionId(), problems);
        differs("message", message.messageId(), record.messageId(), problems);
        differs("user", message.userId(), record.userId(), problems);
        if (record.usable()) {
            problems.add("record is usable: a canary must never count");
        }
        if (!record.canary()) {
            problems.add("record is not marked CANARY");
        }
    }

    private static void differs(String field, String expected, String actual, List<String> problems) {
        if (!Objects.equals(expected, actual)) {
            problems.add(field + " expected " + expected + " but stored " + actual);
        }
    }
}
