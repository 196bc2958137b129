package com.mangaassist.orchestrator.benchmark;

import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.AppliedThresholds;
import com.mangaassist.orchestrator.routing.domain.CanaryThresholds;
import com.mangaassist.orchestrator.routing.domain.OverrideKind;
import com.mangaassist.orchestrator.routing.domain.SessionId;
import com.mangaassist.orchestrator.routing.domain.ThresholdConfiguration;
import com.mangaassist.orchestrator.routing.domain.ThresholdOverride;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import com.mangaassist.orchestrator.turnstats.domain.RoutedTurn;
import com.mangaassist.orchestrator.turnstats.domain.TurnTally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What the governed thresholds and the turn statistics add to each turn, without I/O: resolving a cached
 * configuration for a session (the canary path hashes the session) and counting the routed turn in the
 * tally. Average time per call, 3×1 s warm-up, 5×1 s measurement, one fork.
 *
 * <p>Run like {@link PipelineBenchmark} with this class as the main class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TurnPathBenchmark {

    private final Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final SessionId session = new SessionId("9b2f6c1e-4f8a-4d7e-9a51-2f3c9d8e7b60");
    private ThresholdConfiguration protectedWithCanary;
    private ThresholdConfiguration unprotectedWithOverrides;
    private TurnTally tally;
    private RoutedTurn turn;

    @Setup
    public void setUp() {
        ThresholdSet active = new ThresholdSet(0.8, 0.55, 0.3);
        protectedWithCanary = new ThresholdConfiguration(
                new TopicThresholds(TopicCategory.REFUND, active, 7, now, "ml-lead"),
                Optional.of(new CanaryThresholds(8, active, 50, now.plusSeconds(3600), "cr-1")),
                List.of());
        unprotectedWithOverrides = new ThresholdConfiguration(
                new TopicThresholds(TopicCategory.GENERAL, active, 7, now, "ml-lead"),
                Optional.empty(),
                List.of(
                        new ThresholdOverride("o-1", OverrideKind.BACKPRESSURE, active, now.plusSeconds(3600), "queue"),
                        new ThresholdOverride(
                                "o-2",
                                OverrideKind.PROFILE,
                                new ThresholdSet(0.7, 0.5, 0.3),
                                now.plusSeconds(60),
                                "")));
        tally = new TurnTally(Clock.systemUTC(), Duration.ofSeconds(10));
        turn = new RoutedTurn(TopicCategory.GENERAL, 0.853, RouteDecision.REVIEW, ThresholdVariant.ACTIVE, false);
    }

    @Benchmark
    public AppliedThresholds resolveCanary() {
        return protectedWithCanary.resolve(now, session);
    }

    @Benchmark
    public AppliedThresholds resolveOverride() {
        return unprotectedWithOverrides.resolve(now, session);
    }

    @Benchmark
    public void countTurn() {
        tally.count(turn);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(TurnPathBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
