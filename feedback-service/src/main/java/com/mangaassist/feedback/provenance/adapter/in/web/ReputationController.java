package com.mangaassist.feedback.provenance.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.feedback.provenance.application.ReputationReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An account's feedback reputation (on-call, ML lead). */
@RestController
public class ReputationController {

    private final ReputationReport report;

    public ReputationController(ReputationReport report) {
        this.report = report;
    }

    @GetMapping("/api/feedback/reputation/{userId}")
    public ReputationReport.View reputation(@PathVariable String userId) {
        return report.of(ApiProblem.checkedId(userId, "userId"));
    }
}
