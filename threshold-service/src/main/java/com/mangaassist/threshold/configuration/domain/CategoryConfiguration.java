package com.mangaassist.threshold.configuration.domain;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything in force for one category: the active version, the canary if any, the overrides, and the
 * item's revision (every write conditions on it). Values, not entities: every change returns a copy.
 * {@code revision} 0 means no item is stored yet (the orchestrator then routes with the defaults).
 */
public record CategoryConfiguration(
        TopicCategory category,
        ThresholdVersion active,
        Optional<ThresholdCanary> canary,
        List<ThresholdOverride> overrides,
        long revision) {

    public CategoryConfiguration {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(canary, "canary");
        overrides = List.copyOf(overrides);
        if (active.category() != category) {
            throw new IllegalArgumentException("active version of " + active.category() + " on " + category);
        }
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative: " + revision);
        }
    }

    /** The defaults, as the orchestrator sees a category with no stored item. */
    public static CategoryConfiguration unstored(TopicCategory category) {
        return new CategoryConfiguration(
                category,
                new ThresholdVersion(
                        category,
                        DefaultThresholds.VERSION,
                        DefaultThresholds.of(category),
                        Instant.EPOCH,
                        DefaultThresholds.AUTHOR,
                        "",
                        "built-in default"),
                Optional.empty(),
                List.of(),
                0);
    }

    public boolean stored() {
        return revision > 0;
    }

    /** The overrides still in force at {@code now}. */
    public List<ThresholdOverride> overridesInForce(Instant now) {
        return overrides.stream().filter(o -> o.inForce(now)).toList();
    }

    /** The override that applies at {@code now}: the most relaxed in force (never for protected categories). */
    public Optional<ThresholdOverride> effectiveOverride(Instant now) {
        if (category.protectedFromOverrides()) {
            return Optional.empty();
        }
        return overridesInForce(now).stream()
                .min(Comparator.comparingDouble(o -> o.thresholds().autoRespondMin()));
    }

    /** The canary still serving at {@code now}. */
    public Optional<ThresholdCanary> canaryInForce(Instant now) {
        return canary.filter(c -> c.until().isAfter(now));
    }

    /** What most sessions get at {@code now}: the effective override, else the active thresholds. */
    public ThresholdSet controlThresholds(Instant now) {
        return effectiveOverride(now).map(ThresholdOverride::thresholds).orElse(active.thresholds());
    }

    public CategoryConfiguration withActive(ThresholdVersion next) {
        return new CategoryConfiguration(category, next, canary, overrides, revision);
    }

    public CategoryConfiguration withCanary(ThresholdCanary next) {
        return new CategoryConfiguration(category, active, Optional.of(next), overrides, revision);
    }

    public CategoryConfiguration withoutCanary() {
        return new CategoryConfiguration(category, active, Optional.empty(), overrides, revision);
    }

    /**
     * With {@code override} in place of any override of the same id, and expired overrides (at
     * {@code now}) dropped: the item never grows without bound.
     */
    public CategoryConfiguration withOverride(ThresholdOverride override, Instant now) {
        if (category.protectedFromOverrides()) {
            throw new IllegalArgumentException(category.code() + " is never relaxed by overrides");
        }
        List<ThresholdOverride> next = new ArrayList<>();
        for (ThresholdOverride existing : overrides) {
            if (existing.inForce(now) && !existing.id().equals(override.id())) {
                next.add(existing);
            }
        }
        next.add(override);
        return new CategoryConfiguration(category, active, canary, next, revision);
    }

    /** Without the overrides matching {@code ids} and without expired ones. */
    public CategoryConfiguration withoutOverrides(java.util.function.Predicate<ThresholdOverride> remove, Instant now) {
        List<ThresholdOverride> next = overrides.stream()
                .filter(o -> o.inForce(now) && !remove.test(o))
                .toList();
        return new CategoryConfiguration(category, active, canary, next, revision);
    }
}
