package com.mangaassist.orchestrator.confidence.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.confidence.application.ConfidenceScorer;
import com.mangaassist.orchestrator.confidence.domain.CalibrationQuality;
import com.mangaassist.orchestrator.confidence.domain.TopicCalibrations;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** The most outcomes per topic a window is judged on. */
    static final int WINDOW_LIMIT = 5_000;

    @Operation(
            summary = "Calibration quality per topic (expected calibration error, Brier score, sample count);"
                    + " with from and to, of the outcomes decided in that window (at most 31 days)")
    @GetMapping("/api/confidence/calibration")
    List<TopicCalibrationView> calibration(
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        TopicCalibrations calibrations = scorer.current();
        Map<TopicCategory, CalibrationQuality> qualities;
        if (from == null && to == null) {
            qualities = calibrations.quality();
        } else {
            Instant start = window(from, "from");
            Instant end = window(to, "to");
            if (!end.isAfter(start) || Duration.between(start, end).compareTo(Duration.ofDays(31)) > 0) {
                throw ApiProblem.badRequest("INVALID_PARAMETER", "to must be after from, at most 31 days later");
            }
            qualities = scorer.qualityBetween(start, end, WINDOW_LIMIT);
        }
        Map<TopicCategory, CalibrationQuality> chosen = qualities;
        return Arrays.stream(TopicCategory.values())
                .map(topic -> {
                    CalibrationQuality quality = chosen.get(topic);
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

    private static Instant window(String value, String name) {
        if (value == null) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "from and to go together");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", name + " must be an ISO-8601 instant");
        }
    }

    private static Double finite(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
