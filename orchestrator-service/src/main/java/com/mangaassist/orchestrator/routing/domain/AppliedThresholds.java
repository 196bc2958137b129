package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.util.Objects;
import java.util.Optional;

/**
 * The thresholds one turn was routed with, and where they came from.
 *
 * @param topic the turn's topic
 * @param thresholds the bounds applied
 * @param version the version recorded on the message: the canary's for {@link ThresholdVariant#CANARY},
 *     otherwise the active one (0 = the built-in defaults), also under an override
 * @param variant active, canary or override
 * @param override the override applied; present exactly for {@link ThresholdVariant#OVERRIDE}
 */
public record AppliedThresholds(
        TopicCategory topic,
        ThresholdSet thresholds,
        long version,
        ThresholdVariant variant,
        Optional<ThresholdOverride> override) {

    public AppliedThresholds {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(override, "override");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        if (override.isPresent() != (variant == ThresholdVariant.OVERRIDE)) {
            throw new IllegalArgumentException("an override is applied exactly for the OVERRIDE variant: " + variant);
        }
    }

    /** The active version of {@code active}'s topic. */
    public static AppliedThresholds active(TopicThresholds active) {
        return new AppliedThresholds(
                active.topic(), active.thresholds(), active.version(), ThresholdVariant.ACTIVE, Optional.empty());
    }

    /** The id of the override applied, if any. */
    public Optional<String> overrideId() {
        return override.map(ThresholdOverride::id);
    }

    /** For reasons: {@code thresholds v7}, {@code canary thresholds v8}, {@code override o-1 (BACKPRESSURE) over thresholds v7}. */
    public String describe() {
        return switch (variant) {
            case ACTIVE -> "thresholds v" + version;
            case CANARY -> "canary thresholds v" + version;
            case OVERRIDE -> {
                ThresholdOverride applied = override.orElseThrow();
                yield "override " + applied.id() + " (" + applied.kind() + ") over thresholds v" + version;
            }
        };
    }
}
