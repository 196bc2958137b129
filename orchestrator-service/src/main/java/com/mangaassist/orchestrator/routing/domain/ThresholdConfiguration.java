package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything stored for one topic's thresholds: the active version, an optional canary and the
 * time-boxed overrides. It is read and cached as a whole; which part applies is decided per turn by
 * {@link #resolve}, so expiry is exact to the turn even when the configuration is older.
 *
 * @param active the active version (the built-in defaults as version 0 when nothing is stored)
 * @param canary a candidate version served to a cohort of sessions, if one was stored
 * @param overrides the stored overrides, expired or not
 */
public record ThresholdConfiguration(
        TopicThresholds active, Optional<CanaryThresholds> canary, List<ThresholdOverride> overrides) {

    public ThresholdConfiguration {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(canary, "canary");
        overrides = List.copyOf(overrides);
    }

    /** Only an active version: no canary, no override. */
    public static ThresholdConfiguration of(TopicThresholds active) {
        return new ThresholdConfiguration(active, Optional.empty(), List.of());
    }

    /** The built-in defaults of {@code topic} as version 0 (nothing stored). */
    public static ThresholdConfiguration defaults(TopicCategory topic) {
        return of(TopicThresholds.defaults(topic));
    }

    public TopicCategory topic() {
        return active.topic();
    }

    /**
     * The thresholds for a turn of {@code session} at {@code now}, first match wins:
     *
     * <ol>
     *   <li>the topic is not {@link TopicCategory#protectedFromOverrides() protected} and overrides are in
     *       force: the most relaxed of them ({@link ThresholdOverride#MOST_RELAXED_FIRST}) →
     *       {@link ThresholdVariant#OVERRIDE}, recorded with the active version;
     *   <li>the canary is running and the session is in its cohort → {@link ThresholdVariant#CANARY} with
     *       the canary's version;
     *   <li>the active version → {@link ThresholdVariant#ACTIVE}.
     * </ol>
     */
    public AppliedThresholds resolve(Instant now, SessionId session) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(session, "session");
        if (!topic().protectedFromOverrides()) {
            Optional<ThresholdOverride> override =
                    overrides.stream().filter(o -> o.inForceAt(now)).min(ThresholdOverride.MOST_RELAXED_FIRST);
            if (override.isPresent()) {
                return new AppliedThresholds(
                        topic(), override.get().thresholds(), active.version(), ThresholdVariant.OVERRIDE, override);
            }
        }
        if (canary.isPresent() && canary.get().serves(now, session)) {
            CanaryThresholds running = canary.get();
            return new AppliedThresholds(
                    topic(), running.thresholds(), running.version(), ThresholdVariant.CANARY, Optional.empty());
        }
        return AppliedThresholds.active(active);
    }
}
