package com.mangaassist.orchestrator.confidence.adapter.in.web;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.confidence.application.ConfidenceScorer;
import com.mangaassist.orchestrator.confidence.domain.CalibrationQuality;
import com.mangaassist.orchestrator.confidence.domain.TopicCalibrations;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/confidence/calibration}: per topic, whether it is calibrated and how well. */
@RestController
class CalibrationController {

    /**
     * One topic's calibration: ECE and Brier are null until the topic has outcomes; {@code bins} are the ten bins of
     * the reliability diagram (predicted probability [from, to), outcomes in it, their mean prediction and the share
     * approved unchanged; the last two null when the bin is empty).
     */
    record TopicCalibrationView(
            String topic,
            boolean calibrated,
            int samples,
            Double expectedCalibrationError,
            Double brierScore,
            List<BinView> bins) {}

    record BinView(double from, double to, int count, Double meanPredicted, Double observedRate) {}

    private final ConfidenceScorer scorer;

    CalibrationController(ConfidenceScorer scorer) {
        this.scorer = scorer;
    }

    @Operation(summary = "Calibration quality per topic (expected calibration error, Brier score, sample count)")
    @GetMapping("/api/confidence/calibration")
    List<TopicCalibrationView> calibration() {
        TopicCalibrations calibrations = scorer.current();
        return Arrays.stream(TopicCategory.values())
                .map(topic -> {
                    CalibrationQuality quality = calibrations.quality().get(topic);
                    return new TopicCalibrationView(
                            topic.code(),
                            calibrations.isCalibrated(topic),
                            quality.samples(),
                            finite(quality.expectedCalibrationError()),
                            finite(quality.brierScore()),
                            quality.bins().stream()
                                    .map(bin -> new BinView(
                                            bin.from(),
                                            bin.to(),
                                            bin.count(),
                                            finite(bin.meanPredicted()),
                                            finite(bin.observedRate())))
                                    .toList());
                })
                .toList();
    }

    private static Double finite(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
