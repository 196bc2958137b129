package com.mangaassist.reviewqueue.task.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.reviewqueue.task.application.DeskOutcome;
import com.mangaassist.reviewqueue.task.application.HandoffDesk;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agents' view of live handoffs: {@code GET /api/handoffs?status=PENDING|CLAIMED|CLOSED}, {@code POST
 * /api/handoffs/{taskId}/claim}, {@code POST /api/handoffs/{taskId}/close} with optional {@code notes}.
 */
@RestController
@RequestMapping("/api/handoffs")
public class HandoffController {

    private final HandoffDesk desk;

    public HandoffController(HandoffDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    public ReviewController.TaskList list(
            @RequestParam(defaultValue = "PENDING") String status, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > ReviewController.MAX_LIMIT) {
            throw ApiProblem.badRequest("INVALID_LIMIT", "limit must be 1-" + ReviewController.MAX_LIMIT);
        }
        TaskStatus handoffStatus;
        try {
            handoffStatus = TaskStatus.valueOf("HANDOFF_" + status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_STATUS", "status must be PENDING, CLAIMED or CLOSED");
        }
        List<TaskView> tasks =
                desk.list(handoffStatus, limit).stream().map(TaskView::of).toList();
        return new ReviewController.TaskList(tasks, tasks.size());
    }

    @PostMapping("/{taskId}/claim")
    public TaskView claim(@PathVariable String taskId, Authentication caller) {
        return answer(desk.claim(ApiProblem.checkedId(taskId, "taskId"), Callers.reviewer(caller)));
    }

    @PostMapping("/{taskId}/close")
    public TaskView close(
            @PathVariable String taskId, @RequestBody(required = false) CloseBody body, Authentication caller) {
        String notes = body == null ? null : body.notes();
        if (notes != null && notes.length() > 1000) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "notes are longer than 1000 characters");
        }
        return answer(desk.close(ApiProblem.checkedId(taskId, "taskId"), Callers.reviewer(caller), notes));
    }

    private static TaskView answer(DeskOutcome outcome) {
        if (outcome instanceof DeskOutcome.Done) {
            return TaskView.of(((DeskOutcome.Done) outcome).task());
        }
        if (outcome instanceof DeskOutcome.NotFound) {
            throw ApiProblem.notFound("TASK_NOT_FOUND", "No such handoff.");
        }
        if (outcome instanceof DeskOutcome.AlreadyClaimed) {
            throw ApiProblem.conflict("ALREADY_CLAIMED", "Another agent holds this handoff.");
        }
        if (outcome instanceof DeskOutcome.NotClaimHolder) {
            throw ApiProblem.conflict("TASK_NOT_CLAIMED", "Claim the handoff before closing it.");
        }
        if (outcome instanceof DeskOutcome.NotOpen) {
            throw ApiProblem.conflict("TASK_NOT_OPEN", "The handoff is closed.");
        }
        throw ApiProblem.conflict("CONCURRENT_UPDATE", "The handoff changed meanwhile. Retry.");
    }

    /** {@code {"notes": "..."}}. */
    public record CloseBody(String notes) {}
}
