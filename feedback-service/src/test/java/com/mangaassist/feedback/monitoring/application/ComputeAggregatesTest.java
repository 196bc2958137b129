package com.mangaassist.feedback.monitoring.application;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.feedback.intake.domain.Exclusion;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.monitoring.domain.AggregateRow;
import com.mangaassist.feedback.testing.Feedback;
import com.mangaassist.feedback.testing.InMemoryFeedbackStore;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComputeAggregatesTest {

    private static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");

    private final InMemoryFeedbackStore store = new InMemoryFeedbackStore();
    private final ComputeAggregates aggregates =
            new ComputeAggregates(new FeedbackWindow(store, 2), new MutableClock(NOW), 7, 31);

    @Test
    void countsUsableFeedbackPerTopicDayAndPromptVersionWithLineage() {
        Instant day = Instant.parse("2026-03-08T10:00:00Z");
        store.insert(binary("a", "u1", TopicCategory.REFUND, Signal.UP, day));
        store.insert(binary("b", "u2", TopicCategory.REFUND, Signal.UP, day.plusSeconds(60)));
        store.insert(binary("c", "u3", TopicCategory.REFUND, Signal.DOWN, day.plusSeconds(120)));
        store.insert(Feedback.correction("d", "u4", TopicCategory.REFUND, day.plusSeconds(180)));
        store.insert(Feedback.record(
                "e", FeedbackKind.BINARY, "u5", TopicCategory.REFUND, Signal.DOWN, day, Set.of(), "v2"));
        store.insert(binary("f", "u6", TopicCategory.AVAILABILITY, Signal.DOWN, day.plusSeconds(86_400)));
        store.insert(Feedback.record(
                "low",
                FeedbackKind.BINARY,
                "u7",
                TopicCategory.REFUND,
                Signal.DOWN,
                day,
                Set.of(Exclusion.LOW_PROVENANCE),
                "v1"));
        store.insert(Feedback.record(
                "can",
                FeedbackKind.BINARY,
                "canary",
                TopicCategory.REFUND,
                Signal.UP,
                day,
                Set.of(Exclusion.CANARY),
                "v1"));
        store.insert(binary("q", "u8", TopicCategory.REFUND, Signal.DOWN, day.plusSeconds(240)));
        store.setQuarantine("q", true, "adversarial_pattern_detected");

        ComputeAggregates.Aggregates result = aggregates.compute(null, null);

        assertThat(result.from()).isEqualTo(LocalDate.parse("2026-03-03"));
        assertThat(result.to()).isEqualTo(LocalDate.parse("2026-03-09"));
        List<AggregateRow> rows = result.rows();
        assertThat(rows).hasSize(3);
        AggregateRow refund = rows.get(0);
        assertThat(refund.topic()).isEqualTo("refund");
        assertThat(refund.day()).isEqualTo(LocalDate.parse("2026-03-08"));
        assertThat(refund.promptVersion()).isEqualTo("v1");
        assertThat(refund.up()).isEqualTo(2);
        assertThat(refund.down()).isEqualTo(1);
        assertThat(refund.satisfaction()).isEqualTo(0.6667);
        assertThat(refund.corrections()).isEqualTo(1);
        assertThat(refund.correctionRate()).isEqualTo(0.25);
        assertThat(refund.feedbackIds()).containsExactly("a", "b", "c", "d");
        assertThat(rows.get(1).promptVersion()).isEqualTo("v2");
        assertThat(rows.get(2).topic()).isEqualTo("availability");
        assertThat(rows.get(2).day()).isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void aQuarantineRemovesTheRecordAtOnce() {
        Instant day = Instant.parse("2026-03-08T10:00:00Z");
        store.insert(binary("a", "u1", TopicCategory.REFUND, Signal.UP, day));
        store.insert(binary("b", "u2", TopicCategory.REFUND, Signal.DOWN, day));
        assertThat(aggregates.compute(null, null).rows().get(0).feedbackIds()).containsExactly("a", "b");

        store.setQuarantine("b", true, "adversarial_pattern_detected");

        AggregateRow row = aggregates.compute(null, null).rows().get(0);
        assertThat(row.feedbackIds()).containsExactly("a");
        assertThat(row.satisfaction()).isEqualTo(1.0);
    }

    @Test
    void periodsAreAtMostThirtyOneDaysAndInOrder() {
        assertThat(aggregates
                        .compute(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"))
                        .rows())
                .isEmpty();
        assertThatThrownBy(() -> aggregates.compute(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01")))
                .isInstanceOf(ComputeAggregates.InvalidPeriodException.class);
        assertThatThrownBy(() -> aggregates.compute(LocalDate.parse("2026-01-02"), LocalDate.parse("2026-01-01")))
                .isInstanceOf(ComputeAggregates.InvalidPeriodException.class);
    }
}
