package com.mangaassist.threshold.protection.domain;

import com.mangaassist.threshold.signals.domain.CapacitySignals;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The queue-depth circuit breaker of scenario 1: relaxes the auto-respond minimum of non-protected
 * categories while the review queue is past its operating bound, and gives the relaxation back only once the
 * queue has drained.
 *
 * <ul>
 *   <li>Up, at once and as far as called for: depth &gt; {@code elevatedAbove} (50) → ELEVATED, &gt; {@code
 *       criticalAbove} (100) → CRITICAL. With {@code actOnForecast}, the forecast depth 30 minutes ahead
 *       raises the level by the same bounds before the queue gets there.
 *   <li>Down, one level per evaluation and only when drained (hysteresis, so the level does not flap around a
 *       bound): CRITICAL → ELEVATED when depth ≤ {@code criticalRestoreAtOrBelow} (50), ELEVATED → NONE when
 *       depth ≤ {@code restoreAtOrBelow} (20); in both cases only if the forecast no longer calls for the
 *       current level. Otherwise the level holds.
 *   <li>The last step (ELEVATED → NONE) also waits for the reviewers: under a {@link StaffingHold} (fewer
 *       reviewers on duty than before the level was raised) a drained queue keeps ELEVATED until they are
 *       back or the hold ends. Relaxing is what drained the queue; without this the relaxation would be given
 *       back while the capacity is still missing and taken again as soon as the queue refills.
 * </ul>
 *
 * When the signals are unknown (no fresh snapshot) there is nothing to decide on: callers keep the current
 * level.
 */
public final class BackpressurePolicy {

    private final BackpressureSettings settings;

    public BackpressurePolicy(BackpressureSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public BackpressureSettings settings() {
        return settings;
    }

    /** The relaxation of non-protected categories in force at {@code level}; empty at NONE. */
    public Optional<Relaxation> relaxationFor(BackpressureLevel level) {
        return settings.relaxationFor(level);
    }

    /** {@link #decide(long, OptionalLong, BackpressureLevel)} on the signals' total waiting depth. */
    public BackpressureDecision decide(CapacitySignals signals, OptionalLong forecastDepth, BackpressureLevel current) {
        return decide(signals.depth(), forecastDepth, current);
    }

    /**
     * {@link #decide(CapacitySignals, OptionalLong, BackpressureLevel)}, except that the step from ELEVATED to
     * NONE waits while {@code hold} holds for the signals' active reviewers at {@code now}.
     */
    public BackpressureDecision decide(
            CapacitySignals signals,
            OptionalLong forecastDepth,
            BackpressureLevel current,
            Optional<StaffingHold> hold,
            Instant now) {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(now, "now");
        BackpressureDecision decision = decide(signals, forecastDepth, current);
        if (decision.level() == BackpressureLevel.NONE
                && decision.changed()
                && hold.isPresent()
                && hold.get().holds(signals.activeReviewers(), now)) {
            return new BackpressureDecision(
                    current,
                    current,
                    "queue depth " + signals.depth() + " ≤ " + settings.restoreBound(current) + " (drained) but "
                            + signals.activeReviewers() + " reviewers on duty, fewer than the "
                            + hold.get().reviewersBefore() + " before the relaxation: stays " + current
                            + " until they are back (at most until "
                            + hold.get().until() + ")");
        }
        return decision;
    }

    /**
     * The level for a queue of {@code depth} waiting tasks, a forecast of {@code forecastDepth} waiting tasks
     * 30 minutes ahead (empty when there is none) and the level now in force.
     */
    public BackpressureDecision decide(long depth, OptionalLong forecastDepth, BackpressureLevel current) {
        Objects.requireNonNull(forecastDepth, "forecastDepth");
        Objects.requireNonNull(current, "current");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
        if (forecastDepth.isPresent() && forecastDepth.getAsLong() < 0) {
            throw new IllegalArgumentException("forecast depth must not be negative: " + forecastDepth);
        }
        OptionalLong forecast = settings.actOnForecast() ? forecastDepth : OptionalLong.empty();
        BackpressureLevel byDepth = settings.levelFor(depth);
        BackpressureLevel byForecast =
                forecast.isPresent() ? settings.levelFor(forecast.getAsLong()) : BackpressureLevel.NONE;
        BackpressureLevel called = byDepth.isAbove(byForecast) ? byDepth : byForecast;

        if (called.isAbove(current)) {
            String because = byDepth == called
                    ? "queue depth " + depth + " > " + settings.enteredAbove(called)
                    : "forecast depth " + forecast.getAsLong() + " in 30 min > " + settings.enteredAbove(called)
                            + " (depth now " + depth + ")";
            return new BackpressureDecision(called, current, because + ": " + current + " → " + called);
        }
        if (current == BackpressureLevel.NONE) {
            return new BackpressureDecision(
                    current,
                    current,
                    "queue depth " + depth + " ≤ " + settings.elevatedAbove() + forecastNote(forecast)
                            + ": stays NONE");
        }
        long restoreBound = settings.restoreBound(current);
        long currentBound = settings.enteredAbove(current);
        boolean drained = depth <= restoreBound;
        boolean forecastCalm = !byForecast.isAbove(current.oneBelow());
        if (!drained) {
            return new BackpressureDecision(
                    current,
                    current,
                    "queue depth " + depth + " > " + restoreBound + " (not drained)" + forecastNote(forecast)
                            + ": stays " + current);
        }
        if (!forecastCalm) {
            return new BackpressureDecision(
                    current,
                    current,
                    "queue depth " + depth + " ≤ " + restoreBound + " but forecast depth " + forecast.getAsLong()
                            + " in 30 min > " + currentBound + ": stays " + current);
        }
        BackpressureLevel lower = current.oneBelow();
        String calmForecast =
                forecast.isPresent() ? ", forecast depth " + forecast.getAsLong() + " ≤ " + currentBound : "";
        return new BackpressureDecision(
                lower,
                current,
                "queue depth " + depth + " ≤ " + restoreBound + " (drained)" + calmForecast + ": " + current + " → "
                        + lower);
    }

    private static String forecastNote(OptionalLong forecast) {
        return forecast.isPresent() ? ", forecast depth " + forecast.getAsLong() : "";
    }
}
