package com.mangaassist.orchestrator.confidence.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-topic calibration: isotonic on past review outcomes once a topic has at least
 * {@code minimumSamples}, the prior score unchanged before that. Immutable; a refresh builds a new one.
 */
public final class TopicCalibrations {

    private final Map<TopicCategory, IsotonicCalibration> fitted;
    private final Map<TopicCategory, CalibrationQuality> quality;

    private TopicCalibrations(
            Map<TopicCategory, IsotonicCalibration> fitted, Map<TopicCategory, CalibrationQuality> quality) {
        this.fitted = fitted;
        this.quality = quality;
    }

    /** No outcomes yet: every topic uses the prior. */
    public static TopicCalibrations prior() {
        Map<TopicCategory, CalibrationQuality> quality = new EnumMap<>(TopicCategory.class);
        for (TopicCategory topic : TopicCategory.values()) {
            quality.put(topic, CalibrationQuality.none());
        }
        return new TopicCalibrations(new EnumMap<>(TopicCategory.class), quality);
    }

    public static TopicCalibrations fit(Map<TopicCategory, List<ReviewOutcome>> outcomes, int minimumSamples) {
        Map<TopicCategory, IsotonicCalibration> fitted = new EnumMap<>(TopicCategory.class);
        Map<TopicCategory, CalibrationQuality> quality = new EnumMap<>(TopicCategory.class);
        for (TopicCategory topic : TopicCategory.values()) {
            List<ReviewOutcome> topicOutcomes = outcomes.getOrDefault(topic, List.of());
            if (topicOutcomes.size() >= minimumSamples) {
                IsotonicCalibration calibration = IsotonicCalibration.fit(topicOutcomes);
                fitted.put(topic, calibration);
                quality.put(topic, CalibrationQuality.of(topicOutcomes, calibration::apply));
            } else {
                quality.put(topic, CalibrationQuality.of(topicOutcomes, raw -> raw));
            }
        }
        return new TopicCalibrations(fitted, quality);
    }

    /** The calibrated probability of approval for a raw score in a topic. */
    public double calibrate(TopicCategory topic, double raw) {
        IsotonicCalibration calibration = fitted.get(topic);
        return calibration == null ? raw : calibration.apply(raw);
    }

    public boolean isCalibrated(TopicCategory topic) {
        return fitted.containsKey(topic);
    }

    /** Quality per topic: of the fitted calibration, or of the prior when not yet fitted. */
    public Map<TopicCategory, CalibrationQuality> quality() {
        return Map.copyOf(quality);
    }
}
