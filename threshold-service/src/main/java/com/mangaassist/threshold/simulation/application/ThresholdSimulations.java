package com.mangaassist.threshold.simulation.application;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.Simulations;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.signals.domain.ReviewSignals;
import com.mangaassist.threshold.simulation.domain.ConfidenceHistories;
import com.mangaassist.threshold.simulation.domain.ImpactReport;
import com.mangaassist.threshold.simulation.domain.ImpactSimulator;
import com.mangaassist.threshold.simulation.domain.ReportRenderer;
import com.mangaassist.threshold.simulation.domain.SimulationRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A thresholds change simulated against the last {@code lookback} hours of confidence histograms (the
 * orchestrators' counts), the active thresholds and the review service's current capacity. Used for
 * {@code POST /api/simulations/thresholds} and attached to every thresholds proposal.
 */
public final class ThresholdSimulations implements Simulations {

    /** Longest lookback a caller may ask for (the histograms are kept 8 days). */
    public static final Duration MAX_LOOKBACK = Duration.ofDays(8);

    private final ThresholdStore thresholds;
    private final ConfidenceHistories histories;
    private final ReviewSignals signals;
    private final ImpactSimulator simulator;
    private final ReportRenderer renderer;
    private final Clock clock;
    private final Duration defaultLookback;
    private final double assumedReviewsPerReviewerPerHour;

    public ThresholdSimulations(
            ThresholdStore thresholds,
            ConfidenceHistories histories,
            ReviewSignals signals,
            ImpactSimulator simulator,
            ReportRenderer renderer,
            Clock clock,
            Duration defaultLookback,
            double assumedReviewsPerReviewerPerHour) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.histories = Objects.requireNonNull(histories, "histories");
        this.signals = Objects.requireNonNull(signals, "signals");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultLookback = Objects.requireNonNull(defaultLookback, "defaultLookback");
        this.assumedReviewsPerReviewerPerHour = assumedReviewsPerReviewerPerHour;
    }

    /** The report for replacing the given categories' thresholds, over {@code lookback} whole hours. */
    public ImpactReport report(Map<TopicCategory, ThresholdSet> proposed, Duration lookback) {
        if (lookback.isNegative() || lookback.isZero() || lookback.compareTo(MAX_LOOKBACK) > 0) {
            throw new IllegalArgumentException("lookback must be in (0, " + MAX_LOOKBACK.toHours() + "h]");
        }
        Instant now = clock.instant();
        Instant to = now.truncatedTo(ChronoUnit.HOURS);
        Instant from = to.minus(lookback);
        Map<TopicCategory, ThresholdSet> current = new EnumMap<>(TopicCategory.class);
        for (Map.Entry<TopicCategory, CategoryConfiguration> entry :
                thresholds.all().entrySet()) {
            current.put(entry.getKey(), entry.getValue().active().thresholds());
        }
        SimulationRequest.Builder request = SimulationRequest.builder(
                        now, current, proposed, histories.between(from, to))
                .lookback(lookback)
                .assumedReviewsPerReviewerPerHour(assumedReviewsPerReviewerPerHour);
        signals.current().ifPresent(request::capacitySignals);
        return simulator.simulate(request.build());
    }

    @Override
    public Simulated simulate(Map<TopicCategory, ThresholdSet> proposed) {
        ImpactReport report = report(proposed, defaultLookback);
        boolean exceeds = report.exceedsCapacity();
        return new Simulated(renderer.render(report), exceeds, report.warnings());
    }
}
