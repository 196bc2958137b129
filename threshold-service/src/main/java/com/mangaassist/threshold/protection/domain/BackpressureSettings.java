package com.mangaassist.threshold.protection.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The bounds of the backpressure policy (scenario 1), as queue depths (tasks waiting for a reviewer).
 *
 * @param elevatedAbove a depth (or, with {@code actOnForecast}, a forecast depth) above this calls for
 *     ELEVATED (50, the ReviewQueueDepth-Critical alarm)
 * @param criticalAbove above this calls for CRITICAL (100)
 * @param restoreAtOrBelow ELEVATED steps down to NONE only once the depth is at or below this (20: the
 *     queue has drained) and the forecast no longer calls for ELEVATED
 * @param criticalRestoreAtOrBelow CRITICAL steps down to ELEVATED only once the depth is at or below this
 *     (50) and the forecast no longer calls for CRITICAL
 * @param actOnForecast whether a forecast depth may raise the level early and hold it up; when false the
 *     forecast is ignored altogether
 * @param elevated the relaxation of non-protected categories at ELEVATED (0.10, floor 0.70)
 * @param critical the relaxation at CRITICAL (0.15, floor 0.60); at least as strong as {@code elevated}
 * @param staffingHold how long the last step down may wait for the reviewers on duty before a raise to be
 *     back ({@link StaffingHold}; 30 min, the runbook's shift gap); zero turns the hold off
 */
public record BackpressureSettings(
        long elevatedAbove,
        long criticalAbove,
        long restoreAtOrBelow,
        long criticalRestoreAtOrBelow,
        boolean actOnForecast,
        Relaxation elevated,
        Relaxation critical,
        Duration staffingHold) {

    /** The runbook's shift gap (20:00–20:30 JST). */
    public static final Duration DEFAULT_STAFFING_HOLD = Duration.ofMinutes(30);

    /** Scenario 1's numbers, acting on the forecast. */
    public static final BackpressureSettings DEFAULTS =
            new BackpressureSettings(50, 100, 20, 50, true, new Relaxation(0.10, 0.70), new Relaxation(0.15, 0.60));

    public BackpressureSettings {
        Objects.requireNonNull(elevated, "elevated");
        Objects.requireNonNull(critical, "critical");
        Objects.requireNonNull(staffingHold, "staffingHold");
        if (staffingHold.isNegative()) {
            throw new IllegalArgumentException("staffingHold must not be negative: " + staffingHold);
        }
        if (restoreAtOrBelow < 0) {
            throw new IllegalArgumentException("restoreAtOrBelow must not be negative: " + restoreAtOrBelow);
        }
        if (!(restoreAtOrBelow < elevatedAbove && elevatedAbove < criticalAbove)) {
            throw new IllegalArgumentException("bounds must be ordered restoreAtOrBelow (" + restoreAtOrBelow
                    + ") < elevatedAbove (" + elevatedAbove + ") < criticalAbove (" + criticalAbove + ")");
        }
        if (!(restoreAtOrBelow <= criticalRestoreAtOrBelow && criticalRestoreAtOrBelow < criticalAbove)) {
            throw new IllegalArgumentException("criticalRestoreAtOrBelow (" + criticalRestoreAtOrBelow
                    + ") must be in [restoreAtOrBelow (" + restoreAtOrBelow + "), criticalAbove (" + criticalAbove
                    + "))");
        }
        if (critical.amount() < elevated.amount() || critical.floor() > elevated.floor()) {
            throw new IllegalArgumentException(
                    "the critical relaxation " + critical + " must be at least as strong as the elevated " + elevated);
        }
    }

    /** The bounds with the {@link #DEFAULT_STAFFING_HOLD}. */
    public BackpressureSettings(
            long elevatedAbove,
            long criticalAbove,
            long restoreAtOrBelow,
            long criticalRestoreAtOrBelow,
            boolean actOnForecast,
            Relaxation elevated,
            Relaxation critical) {
        this(
                elevatedAbove,
                criticalAbove,
                restoreAtOrBelow,
                criticalRestoreAtOrBelow,
                actOnForecast,
                elevated,
                critical,
                DEFAULT_STAFFING_HOLD);
    }

    /** The level a depth (or forecast depth) calls for by itself. */
    public BackpressureLevel levelFor(long depth) {
        if (depth > criticalAbove) {
            return BackpressureLevel.CRITICAL;
        }
        return depth > elevatedAbove ? BackpressureLevel.ELEVATED : BackpressureLevel.NONE;
    }

    /** The relaxation in force at {@code level}; empty at NONE. */
    public Optional<Relaxation> relaxationFor(BackpressureLevel level) {
        return switch (level) {
            case NONE -> Optional.empty();
            case ELEVATED -> Optional.of(elevated);
            case CRITICAL -> Optional.of(critical);
        };
    }

    long enteredAbove(BackpressureLevel level) {
        return level == BackpressureLevel.CRITICAL ? criticalAbove : elevatedAbove;
    }

    long restoreBound(BackpressureLevel level) {
        return level == BackpressureLevel.CRITICAL ? criticalRestoreAtOrBelow : restoreAtOrBelow;
    }
}
