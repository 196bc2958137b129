package com.mangaassist.reviewqueue.task.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.application.DecideCommand;
import com.mangaassist.reviewqueue.task.application.DecideReviewTask;
import com.mangaassist.reviewqueue.task.application.DecisionOutcome;
import com.mangaassist.reviewqueue.task.application.DeskOutcome;
import com.mangaassist.reviewqueue.task.application.ReviewerDesk;
import com.mangaassist.reviewqueue.task.domain.TaskKind;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reviewer API: queue view, next, claim, renew, release, decision. */
@RestController
@RequestMapping("/api/reviews")
public class ReviewController {

    static final int MAX_LIMIT = 100;

    private final ReviewerDesk desk;
    private final DecideReviewTask decide;

    public ReviewController(ReviewerDesk desk, DecideReviewTask decide) {
        this.desk = desk;
        this.decide = decide;
    }

    /** The queue view. Review statuses only; {@code pool=senior} is {@code status=SENIOR_PENDING}. */
    @GetMapping
    public TaskList list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String pool,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.badRequest("INVALID_LIMIT", "limit must be 1-" + MAX_LIMIT);
        }
        TaskStatus taskStatus = reviewStatus(status, pool);
        Optional<Priority> taskPriority = priority == null ? Optional.empty() : Optional.of(priorityOf(priority));
        List<TaskView> tasks = desk.list(taskStatus, taskPriority, limit).stream()
                .map(TaskView::of)
                .toList();
        return new TaskList(tasks, tasks.size());
    }

    @GetMapping("/{taskId}")
    public TaskView get(@PathVariable String taskId) {
        ApiProblem.checkedId(taskId, "taskId");
        return desk.find(taskId)
                .filter(t -> t.kind() == TaskKind.REVIEW)
                .map(TaskView::of)
                .orElseThrow(ReviewController::notFound);
    }

    @PostMapping("/next")
    public ResponseEntity<TaskView> next(Authentication caller) {
        return desk.next(Callers.reviewer(caller))
                .map(task -> ResponseEntity.ok(TaskView.of(task)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/{taskId}/claim")
    public TaskView claim(@PathVariable String taskId, Authentication caller) {
        return answer(desk.claim(ApiProblem.checkedId(taskId, "taskId"), Callers.reviewer(caller)));
    }

    @PostMapping("/{taskId}/renew")
    public TaskView renew(@PathVariable String taskId, Authentication caller) {
        return answer(desk.renew(ApiProblem.checkedId(taskId, "taskId"), Callers.reviewer(caller)));
    }

    @PostMapping("/{taskId}/release")
    public TaskView release(@PathVariable String taskId, Authentication caller) {
        return answer(desk.release(ApiProblem.checkedId(taskId, "taskId"), Callers.reviewer(caller)));
    }

    @PostMapping("/{taskId}/decision")
    public TaskView decision(
            @PathVariable String taskId,
            @RequestHeader("Idempotency-Key") String idempotencyKey,
            @RequestBody DecisionBody body,
            Authentication caller) {
        ApiProblem.checkedId(taskId, "taskId");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > DecideCommand.MAX_KEY_CHARS) {
            throw ApiProblem.badRequest("IDEMPOTENCY_KEY_REQUIRED", "Idempotency-Key must be 1-100 characters");
        }
        if (body == null || body.decision() == null) {
            throw ApiProblem.badRequest("INVALID_DECISION", "decision must be APPROVE, EDIT or REJECT");
        }
        DecideCommand command;
        try {
            command = new DecideCommand(
                    taskId,
                    Callers.reviewer(caller),
                    body.decision(),
                    body.editedResponse(),
                    body.notes(),
                    idempotencyKey);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_DECISION", e.getMessage());
        }
        DecisionOutcome outcome = decide.decide(command);
        if (outcome instanceof DecisionOutcome.Decided) {
            return TaskView.of(((DecisionOutcome.Decided) outcome).task());
        }
        if (outcome instanceof DecisionOutcome.TooLate) {
            throw ApiProblem.conflict(
                    "DECISION_TOO_LATE",
                    "The review workflow timed out: the customer already received the AI answer with a disclaimer.");
        }
        if (outcome instanceof DecisionOutcome.NotFound) {
            throw notFound();
        }
        if (outcome instanceof DecisionOutcome.NotClaimHolder) {
            throw ApiProblem.forbidden("NOT_CLAIM_HOLDER", "Another reviewer holds this task.");
        }
        if (outcome instanceof DecisionOutcome.NotClaimed) {
            throw ApiProblem.conflict("TASK_NOT_CLAIMED", "Claim the task before deciding it.");
        }
        if (outcome instanceof DecisionOutcome.AlreadyDecided) {
            throw ApiProblem.conflict("ALREADY_DECIDED", "The task was already decided.");
        }
        throw ApiProblem.conflict("CONCURRENT_UPDATE", "The task changed meanwhile; nothing was sent. Retry.");
    }

    private static TaskView answer(DeskOutcome outcome) {
        if (outcome instanceof DeskOutcome.Done) {
            return TaskView.of(((DeskOutcome.Done) outcome).task());
        }
        if (outcome instanceof DeskOutcome.NotFound) {
            throw notFound();
        }
        if (outcome instanceof DeskOutcome.AlreadyClaimed) {
            throw ApiProblem.conflict("ALREADY_CLAIMED", "Another reviewer holds this task.");
        }
        if (outcome instanceof DeskOutcome.NotClaimHolder) {
            throw ApiProblem.conflict("TASK_NOT_CLAIMED", "You do not hold this task (or your lease expired).");
        }
        if (outcome instanceof DeskOutcome.SeniorOnly) {
            throw ApiProblem.forbidden("SENIOR_ONLY", "Only senior reviewers take tasks from the senior pool.");
        }
        if (outcome instanceof DeskOutcome.NotOpen) {
            throw ApiProblem.conflict("TASK_NOT_OPEN", "The task is already decided or being delivered.");
        }
        if (outcome instanceof DeskOutcome.TooLate) {
            throw ApiProblem.conflict(
                    "DECISION_TOO_LATE",
                    "The review workflow timed out: the customer already received the AI answer with a disclaimer.");
        }
        throw ApiProblem.conflict("CONCURRENT_UPDATE", "The task changed meanwhile. Retry.");
    }

    private static TaskStatus reviewStatus(String status, String pool) {
        if (pool != null) {
            if (!pool.equalsIgnoreCase("senior") && !pool.equalsIgnoreCase("general")) {
                throw ApiProblem.badRequest("INVALID_POOL", "pool must be senior or general");
            }
            if (status != null) {
                throw ApiProblem.badRequest("INVALID_PARAMETER", "give status or pool, not both");
            }
            return pool.equalsIgnoreCase("senior") ? TaskStatus.SENIOR_PENDING : TaskStatus.PENDING;
        }
        if (status == null) {
            return TaskStatus.PENDING;
        }
        return Arrays.stream(TaskStatus.values())
                .filter(s -> !s.name().startsWith("HANDOFF"))
                .filter(s -> s.name().equals(status.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ApiProblem.badRequest("INVALID_STATUS", "unknown review status"));
    }

    static Priority priorityOf(String priority) {
        return Arrays.stream(Priority.values())
                .filter(p -> p.name().equalsIgnoreCase(priority))
                .findFirst()
                .orElseThrow(() -> ApiProblem.badRequest("INVALID_PRIORITY", "priority must be P1-P4"));
    }

    static ApiProblem notFound() {
        return ApiProblem.notFound("TASK_NOT_FOUND", "No such review task.");
    }

    /** A page of the queue view. */
    public record TaskList(List<TaskView> tasks, int count) {}
}
