package com.mangaassist.threshold.runbook.adapter.in.web;

import static com.mangaassist.common.web.RunbookRequests.command;
import static com.mangaassist.common.web.RunbookRequests.guarded;

import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.runbook.application.ThresholdRunbooks;
import java.time.Duration;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Change control's runbooks (on-call only, by the security rules). Every body takes {@code reason}
 * (required, at most 1000 characters) and {@code dryRun} (default true: send false to act); an optional
 * {@code Idempotency-Key} header returns the first result again.
 */
@RestController
public class ThresholdRunbookController {

    private static final int MAX_CATEGORIES = TopicCategory.values().length;

    private final ThresholdRunbooks runbooks;

    public ThresholdRunbookController(ThresholdRunbooks runbooks) {
        this.runbooks = runbooks;
    }

    /** {@code categories} (codes; all relaxable when absent), {@code autoRespondMin}, {@code durationMinutes} (default 120). */
    public record RelaxationBody(
            String reason, Boolean dryRun, List<String> categories, Double autoRespondMin, Integer durationMinutes) {}

    public record CategoriesBody(String reason, Boolean dryRun, List<String> categories) {}

    public record PromptBody(String reason, Boolean dryRun, String promptId) {}

    @PostMapping("/api/runbook/thresholds/emergency-relaxation")
    public RunbookResult relax(
            @RequestBody RelaxationBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        if (body.autoRespondMin() == null) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "autoRespondMin is required");
        }
        Duration duration = Duration.ofMinutes(body.durationMinutes() == null ? 120 : body.durationMinutes());
        List<TopicCategory> categories = categories(body.categories());
        return guarded(() -> runbooks.emergencyRelaxation(
                command(caller, body.reason(), body.dryRun(), key), categories, body.autoRespondMin(), duration));
    }

    @PostMapping("/api/runbook/thresholds/emergency-relaxation/lift")
    public RunbookResult lift(
            @RequestBody CategoriesBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        List<TopicCategory> categories = categories(body.categories());
        return guarded(() -> runbooks.liftEmergency(command(caller, body.reason(), body.dryRun(), key), categories));
    }

    @PostMapping("/api/runbook/thresholds/revert")
    public RunbookResult revert(
            @RequestBody CategoriesBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        List<TopicCategory> categories = categories(body.categories());
        return guarded(
                () -> runbooks.revertToLastKnownGood(command(caller, body.reason(), body.dryRun(), key), categories));
    }

    @PostMapping("/api/runbook/prompts/rollback")
    public RunbookResult rollbackPrompt(
            @RequestBody PromptBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        String promptId =
                ApiProblem.checkedId(body.promptId() == null ? "answering-system" : body.promptId(), "promptId");
        return guarded(() -> runbooks.rollbackPrompt(command(caller, body.reason(), body.dryRun(), key), promptId));
    }

    private static List<TopicCategory> categories(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        if (codes.size() > MAX_CATEGORIES) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "at most " + MAX_CATEGORIES + " categories");
        }
        return codes.stream()
                .map(code -> TopicCategory.fromCode(code)
                        .orElseThrow(() -> ApiProblem.badRequest("UNKNOWN_CATEGORY", "unknown category")))
                .distinct()
                .toList();
    }
}
