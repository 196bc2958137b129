package com.mangaassist.reviewqueue.presence.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.reviewqueue.presence.application.CheckOutOutcome;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.presence.application.ReviewerStatus;
import com.mangaassist.reviewqueue.presence.application.StaffingSnapshot;
import com.mangaassist.reviewqueue.presence.domain.Presence;
import com.mangaassist.reviewqueue.task.adapter.in.web.Callers;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reviewers/me/check-in | heartbeat | check-out} for reviewers; {@code GET /api/reviewers}
 * for on-call. A check-out that would leave the shift below minimum staffing is 409 {@code
 * BELOW_MINIMUM_STAFFING}; on-call forces it with {@code POST /api/runbook/reviewers/{id}/force-check-out}.
 */
@RestController
public class PresenceController {

    private final ReviewerPresence presence;

    public PresenceController(ReviewerPresence presence) {
        this.presence = presence;
    }

    @PostMapping("/api/reviewers/me/check-in")
    public PresenceView checkIn(Authentication caller) {
        ApiProblem.checkedId(caller.getName(), "subject");
        return view(presence.checkIn(Callers.reviewer(caller)), presence.staffing());
    }

    @PostMapping("/api/reviewers/me/heartbeat")
    public PresenceView heartbeat(Authentication caller) {
        Presence updated = presence.heartbeat(Callers.reviewer(caller))
                .orElseThrow(() -> ApiProblem.conflict("NOT_CHECKED_IN", "Check in first."));
        return view(updated, presence.staffing());
    }

    @PostMapping("/api/reviewers/me/check-out")
    public PresenceView checkOut(Authentication caller) {
        CheckOutOutcome outcome = presence.checkOut(caller.getName(), false);
        if (outcome instanceof CheckOutOutcome.BelowMinimumStaffing) {
            CheckOutOutcome.BelowMinimumStaffing below = (CheckOutOutcome.BelowMinimumStaffing) outcome;
            throw ApiProblem.conflict(
                    "BELOW_MINIMUM_STAFFING",
                    "Checking out would leave " + below.activeAfter() + " active reviewers; at least " + below.minimum()
                            + " are needed now. Wait for the next shift to check in, or ask on-call.");
        }
        if (outcome instanceof CheckOutOutcome.NotCheckedIn) {
            throw ApiProblem.conflict("NOT_CHECKED_IN", "You are not checked in.");
        }
        return view(((CheckOutOutcome.CheckedOut) outcome).presence(), presence.staffing());
    }

    @GetMapping("/api/reviewers")
    public Roster roster() {
        StaffingSnapshot snapshot = presence.staffing();
        return new Roster(
                snapshot.active(), snapshot.minimum(), snapshot.peak(), snapshot.belowMinimum(), snapshot.reviewers());
    }

    static PresenceView view(Presence p, StaffingSnapshot staffing) {
        return new PresenceView(
                p.reviewerId(),
                p.checkedIn() ? "CHECKED_IN" : "CHECKED_OUT",
                p.checkedInAt(),
                p.lastHeartbeatAt(),
                staffing.active(),
                staffing.minimum());
    }

    /** A reviewer's presence and the shift's staffing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PresenceView(
            String reviewerId,
            String status,
            Instant checkedInAt,
            Instant lastHeartbeatAt,
            int activeReviewers,
            int minimumStaffing) {}

    /** Who is checked in, who is active, their load, and the minimum in force. */
    public record Roster(
            int activeReviewers,
            int minimumStaffing,
            boolean peak,
            boolean belowMinimum,
            List<ReviewerStatus> reviewers) {}
}
