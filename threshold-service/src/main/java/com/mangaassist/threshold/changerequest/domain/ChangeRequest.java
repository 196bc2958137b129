package com.mangaassist.threshold.changerequest.domain;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed change of thresholds (per category) or of a prompt, and everything that happened to it. The
 * attached impact simulation is kept as the JSON document the proposer was shown ({@code simulation}),
 * so the record of what the approver saw never changes. {@code revision} counts writes; the store
 * conditions on it.
 */
public record ChangeRequest(
        String id,
        ChangeKind kind,
        ChangeState state,
        String proposedBy,
        String reason,
        Instant createdAt,
        Map<TopicCategory, ThresholdSet> thresholds,
        Optional<PromptChange> prompt,
        double canaryPercent,
        String simulation,
        Optional<CanaryPlan> canary,
        Optional<Evaluation> evaluation,
        List<Transition> history,
        long revision) {

    /** Longest reason accepted, in characters. */
    public static final int MAX_REASON = 1000;

    public ChangeRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(proposedBy, "proposedBy");
        reason = Objects.requireNonNullElse(reason, "");
        Objects.requireNonNull(createdAt, "createdAt");
        thresholds = thresholds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(thresholds));
        Objects.requireNonNull(prompt, "prompt");
        simulation = Objects.requireNonNullElse(simulation, "");
        Objects.requireNonNull(canary, "canary");
        Objects.requireNonNull(evaluation, "evaluation");
        history = List.copyOf(history);
        if (kind == ChangeKind.THRESHOLDS && thresholds.isEmpty()) {
            throw new IllegalArgumentException("a thresholds change names at least one category");
        }
        if (kind == ChangeKind.PROMPT && prompt.isEmpty()) {
            throw new IllegalArgumentException("a prompt change carries the new text");
        }
        if (!(canaryPercent > 0 && canaryPercent <= 100)) {
            throw new IllegalArgumentException("canaryPercent must be in (0, 100]: " + canaryPercent);
        }
    }

    /** A new proposal. */
    public static ChangeRequest proposed(
            String id,
            ChangeKind kind,
            String proposedBy,
            String reason,
            Instant at,
            Map<TopicCategory, ThresholdSet> thresholds,
            Optional<PromptChange> prompt,
            double canaryPercent,
            String simulation) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a reason of 1-" + MAX_REASON + " characters is required");
        }
        return new ChangeRequest(
                id,
                kind,
                ChangeState.PROPOSED,
                proposedBy,
                reason,
                at,
                thresholds,
                prompt,
                canaryPercent,
                simulation,
                Optional.empty(),
                Optional.empty(),
                List.of(new Transition(ChangeState.PROPOSED, at, proposedBy, reason)),
                0);
    }

    /** Who approved it, if anyone. */
    public Optional<String> approvedBy() {
        return history.stream()
                .filter(t -> t.state() == ChangeState.APPROVED)
                .map(Transition::by)
                .findFirst();
    }

    /** The same request moved to {@code next} by {@code by}. */
    public ChangeRequest moveTo(ChangeState next, Instant at, String by, String note) {
        boolean revertOfPromoted = state == ChangeState.PROMOTED && next == ChangeState.REVERTED;
        if (state.terminal() && !revertOfPromoted) {
            throw new IllegalStateException("change request " + id + " is " + state + " already");
        }
        List<Transition> steps = new ArrayList<>(history);
        steps.add(new Transition(next, at, by, note));
        return with(next, canary, evaluation, steps, revision);
    }

    public ChangeRequest withCanary(CanaryPlan plan) {
        return with(state, Optional.of(plan), evaluation, history, revision);
    }

    public ChangeRequest withEvaluation(Evaluation result) {
        return with(state, canary, Optional.of(result), history, revision);
    }

    /** The same request as stored with {@code next} writes behind it. */
    public ChangeRequest withRevision(long next) {
        return with(state, canary, evaluation, history, next);
    }

    /** A copy with what changes over a request's life replaced; what was proposed never changes. */
    private ChangeRequest with(
            ChangeState nextState,
            Optional<CanaryPlan> nextCanary,
            Optional<Evaluation> nextEvaluation,
            List<Transition> nextHistory,
            long nextRevision) {
        return new ChangeRequest(
                id,
                kind,
                nextState,
                proposedBy,
                reason,
                createdAt,
                thresholds,
                prompt,
                canaryPercent,
                simulation,
                nextCanary,
                nextEvaluation,
                nextHistory,
                nextRevision);
    }

    /** The instant the request entered {@code wanted}, if it did. */
    public Optional<Instant> enteredAt(ChangeState wanted) {
        return history.stream()
                .filter(t -> t.state() == wanted)
                .map(Transition::at)
                .reduce((a, b) -> b);
    }
}
