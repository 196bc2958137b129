package com.mangaassist.threshold.changerequest.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who may decide a change request. The proposer never may (not even as an ML lead); a thresholds change
 * needs an ML lead or the owner of every category it touches; a prompt change needs an ML lead. Only a
 * PROPOSED request can be decided.
 */
public final class ApprovalPolicy {

    private ApprovalPolicy() {}

    /** Empty when {@code approver} may decide {@code request}; otherwise why not. */
    public static Optional<Refusal> check(ChangeRequest request, Approver approver) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(approver, "approver");
        if (request.state() != ChangeState.PROPOSED) {
            return Optional.of(new Refusal(
                    "NOT_PROPOSED", "change request " + request.id() + " is " + request.state() + ", not PROPOSED"));
        }
        if (request.proposedBy().equals(approver.userId())) {
            return Optional.of(new Refusal("PROPOSER_CANNOT_APPROVE", "the proposer cannot decide their own change"));
        }
        if (approver.mlLead()) {
            return Optional.empty();
        }
        if (request.kind() == ChangeKind.PROMPT) {
            return Optional.of(new Refusal("ML_LEAD_REQUIRED", "prompt changes are decided by an ML lead"));
        }
        String notOwned = request.thresholds().keySet().stream()
                .filter(category -> !approver.ownedCategories().contains(category))
                .map(TopicCategory::code)
                .sorted()
                .collect(Collectors.joining(", "));
        if (!notOwned.isEmpty()) {
            return Optional.of(new Refusal(
                    "NOT_CATEGORY_OWNER", "you do not own " + notOwned + "; an ML lead or their owner decides"));
        }
        return Optional.empty();
    }

    /** Why a decision was refused: a stable {@code code} and words for a person. */
    public record Refusal(String code, String message) {}
}
