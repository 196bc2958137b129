package com.mangaassist.orchestrator.confidence.application;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.confidence.domain.CalibrationQuality;
import com.mangaassist.orchestrator.confidence.domain.ConfidenceFeatures;
import com.mangaassist.orchestrator.confidence.domain.PriorConfidenceModel;
import com.mangaassist.orchestrator.confidence.domain.ReviewOutcome;
import com.mangaassist.orchestrator.confidence.domain.TopicCalibrations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scores a turn: the prior model's raw score, then the topic's calibration. {@link #refresh()} refits
 * every topic from the review outcomes of the last {@code window} (at most {@code maxSamples} each).
 */
public final class ConfidenceScorer {

    /** A turn's raw (uncalibrated) score and the calibrated probability of approval. */
    public record Score(double raw, double calibrated, boolean calibratedFromOutcomes) {}

    private final PriorConfidenceModel prior = new PriorConfidenceModel();
    private final ReviewOutcomes outcomes;
    private final Clock clock;
    private final Duration window;
    private final int maxSamples;
    private final int minimumSamples;
    private final AtomicReference<TopicCalibrations> calibrations = new AtomicReference<>(TopicCalibrations.prior());

    public ConfidenceScorer(ReviewOutcomes outcomes, Clock clock, Duration window, int maxSamples, int minimumSamples) {
        this.outcomes = outcomes;
        this.clock = clock;
        this.window = window;
        this.maxSamples = maxSamples;
        this.minimumSamples = minimumSamples;
    }

    public Score score(TopicCategory topic, ConfidenceFeatures features) {
        double raw = prior.score(features);
        TopicCalibrations current = calibrations.get();
        return new Score(raw, clamp(current.calibrate(topic, raw)), current.isCalibrated(topic));
    }

    /** Refits the calibrations from recent outcomes. */
    public TopicCalibrations refresh() {
        Map<TopicCategory, List<ReviewOutcome>> byTopic = new EnumMap<>(TopicCategory.class);
        for (TopicCategory topic : TopicCategory.values()) {
            byTopic.put(topic, outcomes.recent(topic, clock.instant().minus(window), maxSamples));
        }
        TopicCalibrations fitted = TopicCalibrations.fit(byTopic, minimumSamples);
        calibrations.set(fitted);
        return fitted;
    }

    public TopicCalibrations current() {
        return calibrations.get();
    }

    /**
     * How well the scores served during a past window matched what reviewers then did: per topic, the outcomes
     * decided in [{@code from}, {@code to}) judged against the calibration in force now (the weekly review). At most
     * {@code limit} outcomes per topic, oldest first.
     */
    public Map<TopicCategory, CalibrationQuality> qualityBetween(Instant from, Instant to, int limit) {
        TopicCalibrations now = calibrations.get();
        Map<TopicCategory, CalibrationQuality> quality = new EnumMap<>(TopicCategory.class);
        for (TopicCategory topic : TopicCategory.values()) {
            List<ReviewOutcome> decided = outcomes.decidedBetween(topic, from, to, limit);
            quality.put(
                    topic,
                    decided.isEmpty()
                            ? CalibrationQuality.none()
                            : CalibrationQuality.of(decided, raw -> clamp(now.calibrate(topic, raw))));
        }
        return quality;
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }
}
