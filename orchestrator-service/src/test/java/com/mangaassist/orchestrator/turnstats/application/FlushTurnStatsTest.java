package com.mangaassist.orchestrator.turnstats.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import com.mangaassist.orchestrator.turnstats.StatsSums;
import com.mangaassist.orchestrator.turnstats.domain.HistogramIncrement;
import com.mangaassist.orchestrator.turnstats.domain.RoutedTurn;
import com.mangaassist.orchestrator.turnstats.domain.RoutingCountIncrement;
import com.mangaassist.orchestrator.turnstats.domain.TurnStatsWriteException;
import com.mangaassist.orchestrator.turnstats.domain.TurnTally;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FlushTurnStatsTest {

    private static final Instant HOUR = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(8);

    private final MutableClock clock = new MutableClock(HOUR.plusSeconds(3));
    private final TurnTally tally = new TurnTally(clock, Duration.ofSeconds(10));
    private final StatsSums store = new StatsSums();
    private final FlushTurnStats flush = new FlushTurnStats(tally, store, RETENTION, clock);

    @Test
    void aFlushWritesWhatWasCountedAndTheNextWritesNothingMore() {
        count(TopicCategory.GENERAL, 0.9, RouteDecision.AUTO_RESPOND, 3);
        count(TopicCategory.GENERAL, 0.6, RouteDecision.REVIEW, 2);

        FlushReport report = flush.flush();

        assertThat(report.written()).isEqualTo(2);
        assertThat(report.failed()).isZero();
        assertThat(store.counts(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR))
                .containsExactly(3, 2, 0);
        assertThat(store.bin(TopicCategory.GENERAL, HOUR, 900)).isEqualTo(3);
        assertThat(store.total(TopicCategory.GENERAL, HOUR)).isEqualTo(5);

        assertThat(flush.flush().written()).isZero();
        assertThat(store.applied()).hasSize(2);
    }

    @Test
    void aFailedWriteIsRetriedAtTheNextFlushAndCountedExactlyOnce() {
        count(TopicCategory.REFUND, 0.3, RouteDecision.REVIEW, 4);
        store.fail(increment -> true, new TurnStatsWriteException("throttled", null));

        FlushReport failed = flush.flush();

        assertThat(failed.failed()).isEqualTo(2);
        assertThat(failed.written()).isZero();
        assertThat(failed.firstFailure()).isPresent();
        assertThat(store.decisions()).isZero();

        store.recover();
        FlushReport retried = flush.flush();

        assertThat(retried.written()).isEqualTo(2);
        assertThat(store.counts(TopicCategory.REFUND, ThresholdVariant.ACTIVE, HOUR))
                .containsExactly(0, 4, 0);
        assertThat(store.total(TopicCategory.REFUND, HOUR)).isEqualTo(4);
        assertThat(flush.flush().written()).isZero();
        assertThat(store.total(TopicCategory.REFUND, HOUR)).isEqualTo(4);
    }

    @Test
    void aPartialFailureResendsOnlyWhatFailed() {
        count(TopicCategory.GENERAL, 0.9, RouteDecision.AUTO_RESPOND, 1);
        count(TopicCategory.LEGAL, 0.5, RouteDecision.REVIEW, 1);
        store.fail(
                increment -> increment instanceof HistogramIncrement && increment.topic() == TopicCategory.LEGAL,
                new TurnStatsWriteException("timeout", null));

        assertThat(flush.flush().failed()).isEqualTo(1);
        store.recover();
        flush.flush();

        assertThat(store.applied()).hasSize(4);
        assertThat(store.applied().stream().filter(RoutingCountIncrement.class::isInstance))
                .hasSize(2);
        assertThat(store.total(TopicCategory.GENERAL, HOUR)).isEqualTo(1);
        assertThat(store.total(TopicCategory.LEGAL, HOUR)).isEqualTo(1);
        assertThat(store.decisions()).isEqualTo(2);
    }

    @Test
    void countsMadeWhileTheStoreWasDownAddToTheUnwrittenOnes() {
        store.fail(increment -> true, new TurnStatsWriteException("down", null));
        count(TopicCategory.GENERAL, 0.9, RouteDecision.AUTO_RESPOND, 1);
        flush.flush();
        count(TopicCategory.GENERAL, 0.9, RouteDecision.AUTO_RESPOND, 2);
        flush.flush();

        store.recover();
        FlushReport report = flush.flush();

        assertThat(report.written()).isEqualTo(2);
        assertThat(store.counts(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR))
                .containsExactly(3, 0, 0);
        assertThat(store.bin(TopicCategory.GENERAL, HOUR, 900)).isEqualTo(3);
    }

    @Test
    void countsUnwrittenForLongerThanTheRetentionAreForgotten() {
        store.fail(increment -> true, new TurnStatsWriteException("down", null));
        count(TopicCategory.GENERAL, 0.9, RouteDecision.AUTO_RESPOND, 2);
        flush.flush();

        clock.advance(RETENTION.plusHours(1));
        count(TopicCategory.GENERAL, 0.9, RouteDecision.REVIEW, 1);
        store.recover();
        FlushReport report = flush.flush();

        assertThat(report.forgottenTurns()).isEqualTo(2);
        assertThat(store.decisions()).isEqualTo(1);
    }

    @Test
    void anUnexpectedFailureKeepsWhatWasNotWrittenForTheNextFlush() {
        count(TopicCategory.GENERAL, 0.9, RouteDecision.AUTO_RESPOND, 1);
        store.fail(increment -> true, new IllegalStateException("bug"));

        assertThatThrownBy(flush::flush).isInstanceOf(IllegalStateException.class);

        store.recover();
        assertThat(flush.flush().written()).isEqualTo(2);
        assertThat(store.decisions()).isEqualTo(1);
        assertThat(store.total(TopicCategory.GENERAL, HOUR)).isEqualTo(1);
    }

    private void count(TopicCategory topic, double confidence, RouteDecision decision, int times) {
        for (int i = 0; i < times; i++) {
            tally.count(new RoutedTurn(topic, confidence, decision, ThresholdVariant.ACTIVE, false));
        }
    }
}
