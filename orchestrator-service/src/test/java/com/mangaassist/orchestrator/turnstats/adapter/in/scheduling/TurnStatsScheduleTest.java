package com.mangaassist.orchestrator.turnstats.adapter.in.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import com.mangaassist.orchestrator.turnstats.StatsSums;
import com.mangaassist.orchestrator.turnstats.application.FlushTurnStats;
import com.mangaassist.orchestrator.turnstats.domain.RoutedTurn;
import com.mangaassist.orchestrator.turnstats.domain.TurnStatsWriteException;
import com.mangaassist.orchestrator.turnstats.domain.TurnTally;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;

class TurnStatsScheduleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final TurnTally tally = new TurnTally(clock, Duration.ofSeconds(10));
    private final StatsSums store = new StatsSums();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TurnStatsSchedule schedule = new TurnStatsSchedule(
            new FlushTurnStats(tally, store, Duration.ofDays(8), clock), meters, Duration.ofHours(1));

    @Test
    void stoppingFlushesWhatWasCountedOnceMore() {
        schedule.start();
        tally.count(
                new RoutedTurn(TopicCategory.GENERAL, 0.9, RouteDecision.AUTO_RESPOND, ThresholdVariant.ACTIVE, false));

        schedule.stop();

        assertThat(schedule.isRunning()).isFalse();
        assertThat(store.decisions()).isEqualTo(1);
    }

    @Test
    void failedWritesAreCounted() {
        store.fail(increment -> true, new TurnStatsWriteException("throttled", null));
        tally.count(
                new RoutedTurn(TopicCategory.GENERAL, 0.9, RouteDecision.AUTO_RESPOND, ThresholdVariant.ACTIVE, false));

        schedule.flushOnce();

        assertThat(meters.counter(TurnStatsSchedule.FLUSH_FAILURES_METRIC).count())
                .isEqualTo(2.0);
    }

    @Test
    void itStopsAfterTheWebServerSoTheLastTurnsAreInTheFinalFlush() {
        // Spring Boot's web server lifecycles run at DEFAULT_PHASE - 1024 and - 2048; lower phases stop later
        assertThat(schedule.getPhase()).isLessThan(SmartLifecycle.DEFAULT_PHASE - 2048);
    }
}
