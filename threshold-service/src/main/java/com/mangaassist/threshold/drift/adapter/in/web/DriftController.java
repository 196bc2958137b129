package com.mangaassist.threshold.drift.adapter.in.web;

import com.mangaassist.threshold.drift.application.DetectDrift;
import com.mangaassist.threshold.drift.domain.DriftReport;
import com.mangaassist.threshold.drift.domain.ThresholdDrift;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The last drift check (any staff), or a check now with {@code refresh=true}. */
@RestController
public class DriftController {

    private final DetectDrift drift;

    public DriftController(DetectDrift drift) {
        this.drift = drift;
    }

    @GetMapping("/api/thresholds/drift")
    public ResponseEntity<DriftView> drift(@RequestParam(name = "refresh", defaultValue = "false") boolean refresh) {
        DriftReport report = refresh ? drift.run() : drift.latest().orElseGet(drift::run);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(DriftView.of(report));
    }

    /** {@code {checkedAt, drifted, categories: [{category, version, expected, found, updatedBy, since}]}}. */
    public record DriftView(Instant checkedAt, int drifted, List<CategoryView> categories) {

        static DriftView of(DriftReport report) {
            return new DriftView(
                    report.checkedAt(),
                    report.drifted().size(),
                    report.drifted().stream().map(CategoryView::of).toList());
        }
    }

    public record CategoryView(
            String category,
            long version,
            Map<String, Double> expected,
            Map<String, Double> found,
            String updatedBy,
            Instant since) {

        static CategoryView of(ThresholdDrift drift) {
            return new CategoryView(
                    drift.category().code(),
                    drift.version(),
                    Map.of(
                            "autoRespondMin", drift.expected().autoRespondMin(),
                            "reviewMin", drift.expected().reviewMin(),
                            "handoffBelow", drift.expected().handoffBelow()),
                    Map.of(
                            "autoRespondMin", drift.found().autoRespondMin(),
                            "reviewMin", drift.found().reviewMin(),
                            "handoffBelow", drift.found().handoffBelow()),
                    drift.updatedBy(),
                    drift.since());
        }
    }
}
