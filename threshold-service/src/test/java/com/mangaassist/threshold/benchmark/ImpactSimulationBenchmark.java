package com.mangaassist.threshold.benchmark;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.capacity.domain.QueueForecast;
import com.mangaassist.threshold.capacity.domain.QueueForecaster;
import com.mangaassist.threshold.capacity.domain.ReviewSlas;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import com.mangaassist.threshold.simulation.domain.HistogramFixtures;
import com.mangaassist.threshold.simulation.domain.HourlyHistogram;
import com.mangaassist.threshold.simulation.domain.ImpactReport;
import com.mangaassist.threshold.simulation.domain.ImpactSimulator;
import com.mangaassist.threshold.simulation.domain.SimulationRequest;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * The in-process cost of an impact simulation over a full lookback: 7 days × 24 hours × 9 categories of
 * histograms (1,512 items of 1,001 bins) holding 1M turns a day with an evening peak, every category's
 * auto-respond minimum from 0.85 to 0.95, fresh capacity signals (request built inside the measured call);
 * and of one 30-minute queue forecast. Run with the command in docs/BENCHMARKS.md; never by surefire.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImpactSimulationBenchmark {

    private static final Instant WEEK_START = Instant.parse("2026-11-27T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2026-12-04T00:05:00Z");

    private final ImpactSimulator simulator = new ImpactSimulator();
    private final QueueForecaster forecaster = new QueueForecaster(ReviewSlas.defaults(), 62.5);
    private List<HourlyHistogram> week;
    private Map<TopicCategory, ThresholdSet> current;
    private Map<TopicCategory, ThresholdSet> proposed;
    private CapacitySignals signals;

    @Setup
    public void setUp() {
        // 1 % handed off, 3 % low band, 8 % reviewed, 33 % in 0.85–0.95, 55 % above
        HistogramFixtures.Mixture mixture = new HistogramFixtures.Mixture(
                new int[] {0, 300, 550, 850, 950},
                new int[] {300, 550, 850, 950, 1001},
                new double[] {0.01, 0.03, 0.08, 0.33, 0.55});
        week = HistogramFixtures.days(WEEK_START, 7, 1_000_000, HistogramFixtures.EVENING_PEAK_DAY, mixture);
        current = new EnumMap<>(TopicCategory.class);
        proposed = new EnumMap<>(TopicCategory.class);
        for (TopicCategory category : TopicCategory.values()) {
            current.put(category, new ThresholdSet(0.85, 0.55, 0.30));
            proposed.put(category, new ThresholdSet(0.95, 0.55, 0.30));
        }
        signals = new CapacitySignals(
                AS_OF,
                Map.of(
                        Priority.P1, new PriorityLoad(12, 480, 3, 2),
                        Priority.P2, new PriorityLoad(60, 300, 8, 6),
                        Priority.P3, new PriorityLoad(100, 200, 10, 9),
                        Priority.P4, new PriorityLoad(45, 90, 20, 19)),
                50,
                3,
                125,
                0.92);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ImpactReport simulateAWeekOfOneMillionTurnsADay() {
        return simulator.simulate(SimulationRequest.builder(AS_OF, current, proposed, week)
                .capacitySignals(signals)
                .build());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public QueueForecast forecastThirtyMinutesAhead() {
        return forecaster.forecast(signals);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(ImpactSimulationBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
