package com.mangaassist.threshold.configuration.application;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.Describe;
import com.mangaassist.threshold.configuration.domain.LastKnownGood;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.configuration.domain.ThresholdVersion;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Going back to the last known-good thresholds of a category: a new version (versions only grow) with the
 * values of {@link LastKnownGood}, or the built-in defaults when no version qualifies. Used by the breaker
 * and by on-call's runbook, which share this one implementation.
 */
public final class Reverts {

    private final ThresholdStore store;
    private final ConfigurationWriter writer;
    private final Auditor auditor;
    private final Duration knownGoodAfter;

    public Reverts(ThresholdStore store, ConfigurationWriter writer, Auditor auditor, Duration knownGoodAfter) {
        this.store = Objects.requireNonNull(store, "store");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.knownGoodAfter = Objects.requireNonNull(knownGoodAfter, "knownGoodAfter");
    }

    /** What a revert of {@code category} would go back to; empty when it already serves those values. */
    public Optional<Target> plan(TopicCategory category) {
        CategoryConfiguration current = store.get(category);
        Optional<ThresholdVersion> good =
                LastKnownGood.select(store.history(category), current.active().version(), knownGoodAfter);
        ThresholdSet values = good.map(ThresholdVersion::thresholds).orElse(DefaultThresholds.of(category));
        String from = good.map(v -> "v" + v.version()).orElse("the built-in defaults");
        if (values.equals(current.active().thresholds()) && current.canary().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Target(category, current, values, from));
    }

    /** Reverts to {@code target}: a new active version with its values, and any canary withdrawn. */
    public ConfigurationWriter.Written revert(Target target, String actor, String reason) {
        ConfigurationWriter.Written written = writer.activate(
                target.category(),
                target.thresholds(),
                actor,
                "",
                "revert to " + target.from() + ": " + reason,
                CategoryConfiguration::withoutCanary);
        auditor.record(
                actor,
                "thresholds:reverted",
                target.category().code(),
                "v" + written.after().active().version(),
                reason,
                Describe.configuration(written.before()),
                Describe.configuration(written.after()),
                "reverted to the values of " + target.from());
        return written;
    }

    /** Where a revert goes: the values and the version (or defaults) they come from. */
    public record Target(TopicCategory category, CategoryConfiguration current, ThresholdSet thresholds, String from) {}
}
