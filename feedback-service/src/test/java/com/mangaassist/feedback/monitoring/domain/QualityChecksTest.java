package com.mangaassist.feedback.monitoring.domain;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static com.mangaassist.feedback.testing.Feedback.messageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.feedback.intake.domain.Exclusion;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.RatedMessage;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.quality.domain.GateReport.Check;
import com.mangaassist.feedback.quality.domain.GateReport.Status;
import com.mangaassist.feedback.testing.Feedback;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityChecksTest {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private static final TopicCategory[] TOPICS = {
        TopicCategory.AVAILABILITY, TopicCategory.REFUND, TopicCategory.PRODUCT_INFO, TopicCategory.RECOMMENDATION
    };

    private final QualityChecks checks = new QualityChecks(QualityPolicy.defaults());

    @Test
    void topicDistributionIsGreenWhenRecordsCarryTheirMessagesTopics() {
        List<FeedbackRecord> records = records(100);

        Check check = checks.topicDistribution(records, truthOf(records));

        assertThat(check.status()).isEqualTo(Status.GREEN);
        assertThat(check.value()).isZero();
        assertThat(check.sample()).isEqualTo(100);
    }

    @Test
    void topicDistributionTurnsRedWhenAvailabilityIsRecordedAsRefund() {
        List<FeedbackRecord> records = records(100);
        Map<String, RatedMessage> truth = truthOf(records);
        List<FeedbackRecord> corrupted = corrupt(records, 12, TopicCategory.AVAILABILITY, TopicCategory.REFUND);

        Check check = checks.topicDistribution(corrupted, truth);

        assertThat(check.status()).isEqualTo(Status.RED);
        assertThat(check.value()).isEqualTo(0.12);
        assertThat(check.reason()).contains("distance 0.120 > 0.10");
    }

    @Test
    void topicDistributionBelowTheDistanceStaysGreen() {
        List<FeedbackRecord> records = records(100);
        Map<String, RatedMessage> truth = truthOf(records);

        Check check =
                checks.topicDistribution(corrupt(records, 8, TopicCategory.AVAILABILITY, TopicCategory.REFUND), truth);

        assertThat(check.status()).isEqualTo(Status.GREEN);
        assertThat(check.value()).isEqualTo(0.08);
    }

    @Test
    void fewRecordsAreInsufficientDataNotRed() {
        List<FeedbackRecord> records = records(19);
        Map<String, RatedMessage> truth = truthOf(records);
        List<FeedbackRecord> corrupted = corrupt(records, 10, TopicCategory.AVAILABILITY, TopicCategory.REFUND);

        assertThat(checks.topicDistribution(corrupted, truth).status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(checks.joinRate(corrupted, Map.of()).status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(checks.crossTableSample(corrupted, truth).status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void joinRateCountsMissingMessagesAndOtherSessions() {
        List<FeedbackRecord> records = records(100);
        Map<String, RatedMessage> truth = new HashMap<>(truthOf(records));
        for (int i = 0; i < 3; i++) {
            truth.remove(records.get(i).messageId());
        }
        FeedbackRecord moved = records.get(3);
        truth.put(
                moved.messageId(),
                new RatedMessage(
                        moved.messageId(),
                        "another-session",
                        moved.userId(),
                        Optional.of(moved.topic()),
                        moved.topic().code(),
                        "v1",
                        "q",
                        "a",
                        T));

        Check check = checks.joinRate(records, truth);

        assertThat(check.status()).isEqualTo(Status.GREEN);
        assertThat(check.value()).isEqualTo(0.96);

        truth.remove(records.get(4).messageId());
        assertThat(checks.joinRate(records, truth).status()).isEqualTo(Status.GREEN); // 0.95 is not below 0.95

        truth.remove(records.get(5).messageId());
        Check red = checks.joinRate(records, truth);
        assertThat(red.status()).isEqualTo(Status.RED);
        assertThat(red.value()).isEqualTo(0.94);
        assertThat(red.reason()).contains("6 do not").contains(records.get(0).feedbackId());
    }

    @Test
    void satisfactionChangeFlagsATopicThatMovedMoreThanFifteenPoints() {
        List<FeedbackRecord> before = satisfaction(TopicCategory.AVAILABILITY, 40, 31, "b"); // 0.78
        List<FeedbackRecord> now = satisfaction(TopicCategory.AVAILABILITY, 40, 19, "n"); // 0.48

        Check check = checks.satisfactionChange(now, before);

        assertThat(check.status()).isEqualTo(Status.RED);
        assertThat(check.value()).isEqualTo(0.3);
        assertThat(check.reason()).contains("availability 0.78 -> 0.48");
    }

    @Test
    void satisfactionWithinFifteenPointsIsGreen() {
        Check check = checks.satisfactionChange(
                satisfaction(TopicCategory.REFUND, 40, 26, "n"), satisfaction(TopicCategory.REFUND, 40, 28, "b"));

        assertThat(check.status()).isEqualTo(Status.GREEN);
        assertThat(check.value()).isEqualTo(0.05);
    }

    @Test
    void satisfactionNeedsThirtySignalsInBothWeeksAndOnlyCountsUsableBinary() {
        List<FeedbackRecord> before = satisfaction(TopicCategory.AVAILABILITY, 29, 29, "b");
        List<FeedbackRecord> now = new ArrayList<>(satisfaction(TopicCategory.AVAILABILITY, 40, 0, "n"));
        assertThat(checks.satisfactionChange(now, before).status()).isEqualTo(Status.INSUFFICIENT_DATA);

        List<FeedbackRecord> excluded = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            excluded.add(Feedback.record(
                    "x" + i,
                    FeedbackKind.BINARY,
                    "u" + i,
                    TopicCategory.AVAILABILITY,
                    Signal.UP,
                    T,
                    Set.of(Exclusion.LOW_PROVENANCE),
                    "v1"));
        }
        List<FeedbackRecord> enoughBefore = satisfaction(TopicCategory.AVAILABILITY, 40, 20, "b");
        List<FeedbackRecord> lowNow = satisfaction(TopicCategory.AVAILABILITY, 30, 15, "n");
        lowNow = new ArrayList<>(lowNow);
        lowNow.addAll(excluded);
        assertThat(checks.satisfactionChange(lowNow, enoughBefore).status()).isEqualTo(Status.GREEN);
    }

    @Test
    void crossTableSampleNamesTheMismatchedRecords() {
        List<FeedbackRecord> records = records(200);
        Map<String, RatedMessage> truth = truthOf(records);
        List<FeedbackRecord> corrupted = corrupt(records, 4, TopicCategory.AVAILABILITY, TopicCategory.REFUND);

        Check check = checks.crossTableSample(corrupted, truth);

        assertThat(check.status()).isEqualTo(Status.RED);
        assertThat(check.value()).isEqualTo(0.02);
        assertThat(check.reason())
                .startsWith("4 of 200 sampled records")
                .contains(corrupted.get(0).feedbackId());
        assertThat(checks.crossTableSample(records, truth).status()).isEqualTo(Status.GREEN);
    }

    @Test
    void theSampleIsCappedAndRepeatableForASeed() {
        QualityChecks small = new QualityChecks(new QualityPolicy(0.1, 0.95, 0.15, 30, 50, 20));
        List<FeedbackRecord> records = records(300);

        List<FeedbackRecord> a = small.sample(records, 42);
        List<FeedbackRecord> b = small.sample(records, 42);
        List<FeedbackRecord> c = small.sample(records, 43);

        assertThat(a).hasSize(50).isEqualTo(b).isNotEqualTo(c);
        assertThat(small.sample(records(30), 42)).hasSize(30);
    }

    @Test
    void aFailedCanaryIsRedAndNoCanaryYetIsInsufficient() {
        assertThat(QualityChecks.canary(Optional.empty()).status()).isEqualTo(Status.INSUFFICIENT_DATA);
        Check failed = QualityChecks.canary(Optional.of(
                new CanaryResult(T, "canary-1", "fb-1", List.of("topic expected refund but stored general"))));
        assertThat(failed.status()).isEqualTo(Status.RED);
        assertThat(failed.reason()).contains("topic expected refund");
        assertThat(QualityChecks.canary(Optional.of(new CanaryResult(T, "canary-2", "fb-2", List.of())))
                        .status())
                .isEqualTo(Status.GREEN);
    }

    /** {@code n} records, topics round-robin, each with a message. */
    static List<FeedbackRecord> records(int n) {
        List<FeedbackRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(binary(
                    String.format("fb-%04d", i),
                    "user-" + i % 17,
                    TOPICS[i % TOPICS.length],
                    i % 3 == 0 ? Signal.DOWN : Signal.UP,
                    T.plusSeconds(i)));
        }
        return records;
    }

    static Map<String, RatedMessage> truthOf(List<FeedbackRecord> records) {
        Map<String, RatedMessage> truth = new HashMap<>();
        records.forEach(r -> truth.put(r.messageId(), messageOf(r, r.topic())));
        return truth;
    }

    /** The first {@code n} records of topic {@code from} stored as {@code to}. */
    static List<FeedbackRecord> corrupt(List<FeedbackRecord> records, int n, TopicCategory from, TopicCategory to) {
        List<FeedbackRecord> out = new ArrayList<>();
        int left = n;
        for (FeedbackRecord r : records) {
            if (left > 0 && r.topic() == from) {
                left--;
                out.add(Feedback.record(
                        r.feedbackId(), r.kind(), r.userId(), to, r.signal(), r.createdAt(), Set.of(), "v1"));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static List<FeedbackRecord> satisfaction(TopicCategory topic, int n, int ups, String prefix) {
        List<FeedbackRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(binary(prefix + i, "u" + i, topic, i < ups ? Signal.UP : Signal.DOWN, T));
        }
        return records;
    }
}
