package com.mangaassist.feedback.monitoring.application;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static com.mangaassist.feedback.testing.Feedback.messageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.paging.RecordedPager;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.monitoring.domain.CanaryResult;
import com.mangaassist.feedback.monitoring.domain.QualityChecks;
import com.mangaassist.feedback.monitoring.domain.QualityPolicy;
import com.mangaassist.feedback.quality.domain.GateReport;
import com.mangaassist.feedback.quality.domain.GateReport.Status;
import com.mangaassist.feedback.testing.InMemoryFeedbackStore;
import com.mangaassist.feedback.testing.InMemoryRatedMessages;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedbackQualityGateTest {

    private static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");

    private final InMemoryFeedbackStore store = new InMemoryFeedbackStore();
    private final InMemoryRatedMessages messages = new InMemoryRatedMessages();
    private final RecordedPager pager = new RecordedPager();
    private final RecordingEvents events = new RecordingEvents();
    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicReference<CanaryResult> canary = new AtomicReference<>();
    private FeedbackQualityGate gate;

    @BeforeEach
    void setUp() {
        gate = new FeedbackQualityGate(
                new FeedbackWindow(store, 25),
                messages,
                new QualityChecks(QualityPolicy.defaults()),
                () -> Optional.ofNullable(canary.get()),
                pager,
                events,
                clock,
                Duration.ofHours(1),
                Duration.ofDays(7),
                Duration.ofDays(7));
        for (int i = 0; i < 100; i++) {
            FeedbackRecord r = binary(
                    String.format("fb-%03d", i),
                    "user-" + i % 13,
                    i % 2 == 0 ? TopicCategory.AVAILABILITY : TopicCategory.REFUND,
                    i % 4 == 0 ? Signal.DOWN : Signal.UP,
                    NOW.minus(Duration.ofMinutes(59)).plusSeconds(30L * i));
            store.insert(r);
            messages.put(messageOf(r, r.topic()));
        }
    }

    @Test
    void cleanFeedbackIsGreen() {
        GateReport report = gate.evaluate();

        assertThat(report.green()).isTrue();
        assertThat(statuses(report))
                .containsEntry(QualityChecks.TOPIC_DISTRIBUTION, Status.GREEN)
                .containsEntry(QualityChecks.JOIN_RATE, Status.GREEN)
                .containsEntry(QualityChecks.SATISFACTION_CHANGE, Status.INSUFFICIENT_DATA)
                .containsEntry(QualityChecks.CROSS_TABLE_SAMPLE, Status.GREEN)
                .containsEntry(QualityChecks.CANARY, Status.INSUFFICIENT_DATA);
        assertThat(report.evaluatedAt()).isEqualTo(NOW);
        assertThat(pager.recent()).isEmpty();
        assertThat(events.gates).containsExactly(report);
    }

    @Test
    void misattributedTopicsTurnTheGateRedAndPageOnce() {
        store.all().stream()
                .filter(r -> r.topic() == TopicCategory.AVAILABILITY)
                .limit(15)
                .forEach(r -> store.corruptTopic(r.feedbackId(), TopicCategory.REFUND));

        GateReport report = gate.evaluate();
        gate.evaluate();

        assertThat(report.green()).isFalse();
        assertThat(statuses(report))
                .containsEntry(QualityChecks.TOPIC_DISTRIBUTION, Status.RED)
                .containsEntry(QualityChecks.CROSS_TABLE_SAMPLE, Status.RED)
                .containsEntry(QualityChecks.JOIN_RATE, Status.GREEN);
        assertThat(report.reasons()).hasSize(2);
        assertThat(pager.recent()).hasSize(1);
        assertThat(pager.recent().get(0).message()).contains("distance 0.150");
    }

    @Test
    void missingMessagesTurnTheJoinRateRed() {
        for (int i = 0; i < 10; i++) {
            messages.remove("m-" + String.format("fb-%03d", i));
        }

        assertThat(statuses(gate.evaluate())).containsEntry(QualityChecks.JOIN_RATE, Status.RED);
    }

    @Test
    void aFailedCanaryTurnsTheGateRed() {
        canary.set(new CanaryResult(NOW, "canary-x", null, List.of("intake did not accept the canary")));

        GateReport report = gate.evaluate();

        assertThat(report.green()).isFalse();
        assertThat(report.reasons()).singleElement().asString().contains("canary-x");
    }

    @Test
    void recordsOlderThanTheHourAreNotInTheHourlyChecks() {
        clock.advance(Duration.ofHours(2));

        GateReport report = gate.evaluate();

        assertThat(statuses(report)).containsEntry(QualityChecks.TOPIC_DISTRIBUTION, Status.INSUFFICIENT_DATA);
        assertThat(statuses(report)).containsEntry(QualityChecks.CROSS_TABLE_SAMPLE, Status.GREEN);
    }

    private static Map<String, Status> statuses(GateReport report) {
        return report.checks().stream().collect(Collectors.toMap(GateReport.Check::name, GateReport.Check::status));
    }
}
