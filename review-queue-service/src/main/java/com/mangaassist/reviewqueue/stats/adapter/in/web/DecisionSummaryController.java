package com.mangaassist.reviewqueue.stats.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.reviewqueue.stats.application.DecisionSummary;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reviews/decisions?from=&to=} (on-call, ML lead): how the reviews created in a past window ended, and
 * the approved-unchanged share of the human decisions. 400 {@code INVALID_PARAMETER} for a window that is not one.
 */
@RestController
public class DecisionSummaryController {

    private final DecisionSummary summary;

    public DecisionSummaryController(DecisionSummary summary) {
        this.summary = summary;
    }

    @GetMapping("/api/reviews/decisions")
    public DecisionSummary.Summary decisions(@RequestParam("from") String from, @RequestParam("to") String to) {
        try {
            return summary.between(Instant.parse(from), Instant.parse(to));
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "from and to must be ISO-8601 instants");
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", e.getMessage());
        }
    }
}
