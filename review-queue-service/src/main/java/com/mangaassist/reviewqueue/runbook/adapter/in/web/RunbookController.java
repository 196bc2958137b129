package com.mangaassist.reviewqueue.runbook.adapter.in.web;

import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.common.web.RunbookRequests;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.reviewqueue.runbook.application.ReviewRunbooks;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * On-call runbooks (role oncall). Every body takes {@code reason} (required) and {@code dryRun} (default
 * true: send false to act); an optional {@code Idempotency-Key} header returns the first result again.
 */
@RestController
public class RunbookController {

    private final ReviewRunbooks runbooks;

    public RunbookController(ReviewRunbooks runbooks) {
        this.runbooks = runbooks;
    }

    @PostMapping("/api/runbook/reviews/reprioritise")
    public RunbookResult reprioritise(
            @RequestBody ReprioritiseBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        if (body.toPriority() == null) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "toPriority is required (P1-P3)");
        }
        Priority to = Arrays.stream(Priority.values())
                .filter(p -> p.name().equalsIgnoreCase(body.toPriority()))
                .findFirst()
                .orElseThrow(() -> ApiProblem.badRequest("INVALID_PRIORITY", "toPriority must be P1-P4"));
        Optional<Duration> olderThan = body.olderThanSeconds() == null
                ? Optional.empty()
                : Optional.of(Duration.ofSeconds(nonNegative(body.olderThanSeconds())));
        return guarded(() -> runbooks.reprioritise(
                command(caller, body.reason(), body.dryRun(), key), to, topics(body.topics()), olderThan));
    }

    @PostMapping("/api/runbook/reviews/auto-deliver-aged")
    public RunbookResult autoDeliverAged(
            @RequestBody AgedBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        long seconds = body.olderThanSeconds() == null ? 300 : nonNegative(body.olderThanSeconds());
        return guarded(() -> runbooks.autoDeliverAged(
                command(caller, body.reason(), body.dryRun(), key), Duration.ofSeconds(seconds)));
    }

    @PostMapping("/api/runbook/reviews/bulk-approve")
    public RunbookResult bulkApprove(
            @RequestBody BulkApproveBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        if (body.minimumConfidence() == null) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "minimumConfidence is required");
        }
        return guarded(() -> runbooks.bulkApprove(
                command(caller, body.reason(), body.dryRun(), key), body.minimumConfidence(), topics(body.topics())));
    }

    @PostMapping("/api/runbook/reviews/page-backup-reviewers")
    public RunbookResult pageBackupReviewers(
            @RequestBody PageBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        if (body.message() != null && body.message().length() > 1000) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "message is longer than 1000 characters");
        }
        return guarded(
                () -> runbooks.pageBackupReviewers(command(caller, body.reason(), body.dryRun(), key), body.message()));
    }

    @PostMapping("/api/runbook/reviews/drain-timed-out")
    public RunbookResult drainTimedOut(
            @RequestBody RunbookBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        return guarded(() -> runbooks.drainTimedOut(command(caller, body.reason(), body.dryRun(), key)));
    }

    @PostMapping("/api/runbook/reviewers/{reviewerId}/force-check-out")
    public RunbookResult forceCheckOut(
            @PathVariable String reviewerId,
            @RequestBody RunbookBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        ApiProblem.checkedId(reviewerId, "reviewerId");
        return guarded(() -> runbooks.forceCheckOut(command(caller, body.reason(), body.dryRun(), key), reviewerId));
    }

    private static RunbookResult guarded(java.util.function.Supplier<RunbookResult> call) {
        return RunbookRequests.guarded(call);
    }

    private static RunbookCommand command(Authentication caller, String reason, Boolean dryRun, String key) {
        return RunbookRequests.command(caller, reason, dryRun, key);
    }

    private static long nonNegative(long value) {
        if (value < 0 || value > Duration.ofDays(7).toSeconds()) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "olderThanSeconds must be 0-604800");
        }
        return value;
    }

    private static Set<TopicCategory> topics(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        if (codes.size() > TopicCategory.values().length) {
            throw ApiProblem.badRequest("INVALID_TOPIC", "too many topics");
        }
        Set<TopicCategory> topics = EnumSet.noneOf(TopicCategory.class);
        for (String code : codes) {
            topics.add(TopicCategory.fromCode(code == null ? "" : code.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> ApiProblem.badRequest("INVALID_TOPIC", "unknown topic")));
        }
        return topics;
    }

    /** {@code reason}, {@code dryRun}. */
    public record RunbookBody(String reason, Boolean dryRun) {}

    /** Plus {@code olderThanSeconds} (default 300). */
    public record AgedBody(String reason, Boolean dryRun, Long olderThanSeconds) {}

    /** Plus {@code toPriority}, {@code topics} (codes; all when empty) and {@code olderThanSeconds} (any age when absent). */
    public record ReprioritiseBody(
            String reason, Boolean dryRun, String toPriority, List<String> topics, Long olderThanSeconds) {}

    /** Plus {@code minimumConfidence} (at least the configured floor) and {@code topics} (the safe list when empty). */
    public record BulkApproveBody(String reason, Boolean dryRun, Double minimumConfidence, List<String> topics) {}

    /** Plus an optional {@code message} for the page. */
    public record PageBody(String reason, Boolean dryRun, String message) {}
}
