package com.mangaassist.threshold.changerequest.application;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.ChangeKind;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A proposal: for thresholds, the bounds to change per category (an absent bound keeps its active value);
 * for a prompt, its id and new text. {@code canaryPercent} empty → the configured default.
 */
public record ProposeCommand(
        String actor,
        ChangeKind kind,
        Map<TopicCategory, ThresholdPatch> thresholds,
        Optional<String> promptId,
        Optional<String> promptText,
        String reason,
        OptionalDouble canaryPercent) {

    public ProposeCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        thresholds = Map.copyOf(thresholds);
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(promptText, "promptText");
        Objects.requireNonNull(canaryPercent, "canaryPercent");
    }

    /** New values for some of a category's bounds. */
    public record ThresholdPatch(OptionalDouble autoRespondMin, OptionalDouble reviewMin, OptionalDouble handoffBelow) {

        public ThresholdPatch {
            Objects.requireNonNull(autoRespondMin, "autoRespondMin");
            Objects.requireNonNull(reviewMin, "reviewMin");
            Objects.requireNonNull(handoffBelow, "handoffBelow");
            if (autoRespondMin.isEmpty() && reviewMin.isEmpty() && handoffBelow.isEmpty()) {
                throw new IllegalArgumentException("a category's change names at least one bound");
            }
        }
    }
}
