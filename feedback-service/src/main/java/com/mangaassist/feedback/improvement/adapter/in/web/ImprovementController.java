package com.mangaassist.feedback.improvement.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.feedback.improvement.application.ImprovePrompt;
import com.mangaassist.feedback.improvement.application.ImprovementOutcome;
import com.mangaassist.feedback.improvement.domain.ChangeRequests;
import com.mangaassist.feedback.improvement.domain.PromptProposal;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ML lead's prompt-improvement endpoints. A run answers 200 with {@code result} PROPOSED (and the
 * proposal), REFUSED (with {@code code} and {@code reasons}) or NOTHING; a refusal is an outcome of the job,
 * not an error of the request.
 */
@RestController
public class ImprovementController {

    private final ImprovePrompt improve;
    private final ChangeRequests changeRequests;

    public ImprovementController(ImprovePrompt improve, ChangeRequests changeRequests) {
        this.improve = improve;
        this.changeRequests = changeRequests;
    }

    @PostMapping("/api/feedback/improvement/run")
    public RunView run(Authentication caller) {
        ImprovementOutcome outcome = improve.run(caller.getName());
        if (outcome instanceof ImprovementOutcome.Proposed proposed) {
            return new RunView("PROPOSED", null, List.of(), proposed.proposal());
        }
        if (outcome instanceof ImprovementOutcome.Refused refused) {
            return new RunView("REFUSED", refused.code(), refused.reasons(), null);
        }
        return new RunView("NOTHING", null, List.of(((ImprovementOutcome.Nothing) outcome).reason()), null);
    }

    @GetMapping("/api/feedback/improvement/proposals")
    public List<PromptProposal> proposals(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "limit must be 1-100");
        }
        return changeRequests.proposals(limit);
    }

    /** A run's result: PROPOSED with the proposal, REFUSED with a code and reasons, or NOTHING with why. */
    public record RunView(String result, String code, List<String> reasons, PromptProposal proposal) {}
}
