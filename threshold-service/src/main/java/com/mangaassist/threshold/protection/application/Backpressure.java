package com.mangaassist.threshold.protection.application;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.configuration.application.ConfigurationWriter;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.Describe;
import com.mangaassist.threshold.configuration.domain.OverrideKind;
import com.mangaassist.threshold.configuration.domain.ThresholdOverride;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.protection.domain.BackpressureDecision;
import com.mangaassist.threshold.protection.domain.BackpressureLevel;
import com.mangaassist.threshold.protection.domain.BackpressurePolicy;
import com.mangaassist.threshold.protection.domain.DepthForecast;
import com.mangaassist.threshold.protection.domain.Relaxation;
import com.mangaassist.threshold.protection.domain.StaffingHold;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.signals.domain.ReviewSignals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scenario 1's self-protection. Each run reads the review service's signals and the depth forecast, lets
 * the {@link BackpressurePolicy} pick a level, and makes the stored overrides match it: at ELEVATED or
 * CRITICAL every category that may be relaxed gets a {@link OverrideKind#BACKPRESSURE} override (its
 * active auto-respond minimum lowered by the level's amount, never below the floor); at NONE they go.
 * Refund, complaint and legal are never touched. The override expires {@code overrideTtl} after the last
 * run that confirmed it, so a threshold service that dies cannot leave the system relaxed; runs refresh it
 * when half of that is left. Every level change is audited per category with before and after. Without
 * fresh signals nothing changes (the overrides then run out by themselves). A raise from NONE remembers the
 * most reviewers on duty over the preceding {@code staffingHold}: the relaxation is not fully given back
 * before they are on duty again ({@link StaffingHold}), or the hold has run out. The hold is this instance's
 * memory: a new runner after a failover goes on without one.
 */
public final class Backpressure {

    /** Override ids: one per level, so a level change replaces the override. */
    static final String ID_PREFIX = "backpressure-";

    private final ReviewSignals signals;
    private final DepthForecast forecast;
    private final BackpressurePolicy policy;
    private final ConfigurationWriter writer;
    private final Auditor auditor;
    private final Clock clock;
    private final Duration overrideTtl;
    private final ThresholdStore store;
    private final AtomicReference<BackpressureLevel> level = new AtomicReference<>();
    private final AtomicReference<BackpressureDecision> last = new AtomicReference<>();
    private final Duration staffingHold;
    private final Deque<Staffed> staffing = new ArrayDeque<>();
    private final AtomicReference<StaffingHold> hold = new AtomicReference<>();

    public Backpressure(
            ReviewSignals signals,
            ThresholdStore store,
            DepthForecast forecast,
            BackpressurePolicy policy,
            ConfigurationWriter writer,
            Auditor auditor,
            Clock clock,
            Duration overrideTtl) {
        this.signals = Objects.requireNonNull(signals, "signals");
        this.store = Objects.requireNonNull(store, "store");
        this.forecast = Objects.requireNonNull(forecast, "forecast");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.overrideTtl = Objects.requireNonNull(overrideTtl, "overrideTtl");
        this.staffingHold = policy.settings().staffingHold();
    }

    /** The level in force on this instance (NONE before its first run). */
    public BackpressureLevel level() {
        BackpressureLevel current = level.get();
        return current == null ? BackpressureLevel.NONE : current;
    }

    /** The last decision, if any run has decided. */
    public Optional<BackpressureDecision> lastDecision() {
        return Optional.ofNullable(last.get());
    }

    /** One run; returns the decision, or empty when there were no fresh signals. */
    public Optional<BackpressureDecision> run() {
        Optional<CapacitySignals> current = signals.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong projected = forecast.projectedDepth(current.get());
        Instant now = clock.instant();
        BackpressureLevel from = level.get() == null ? stored(now) : level.get();
        int before = rememberStaffing(now, current.get().activeReviewers());
        BackpressureDecision decision =
                policy.decide(current.get(), projected, from, Optional.ofNullable(hold.get()), now);
        if (decision.level() == BackpressureLevel.NONE) {
            hold.set(null);
        } else if (from == BackpressureLevel.NONE && !staffingHold.isZero()) {
            hold.set(new StaffingHold(before, now.plus(staffingHold)));
        }
        level.set(decision.level());
        last.set(decision);
        Optional<Relaxation> relaxation = policy.relaxationFor(decision.level());
        for (TopicCategory category : TopicCategory.values()) {
            if (category.protectedFromOverrides()) {
                continue;
            }
            writer.update(category, c -> reconcile(c, decision, relaxation, now))
                    .filter(w -> decision.changed())
                    .ifPresent(w -> auditor.record(
                            "backpressure",
                            "backpressure:" + decision.level().name().toLowerCase(java.util.Locale.ROOT),
                            category.code(),
                            ID_PREFIX + decision.level().name().toLowerCase(java.util.Locale.ROOT),
                            decision.reason(),
                            Describe.configuration(w.before()),
                            Describe.configuration(w.after()),
                            decision.previous() + " → " + decision.level()));
        }
        return Optional.of(decision);
    }

    /**
     * Keeps the reviewers on duty seen over the last {@code staffingHold} and returns the most of them (now
     * included): the staffing before a raise that a {@link StaffingHold} waits for.
     */
    private int rememberStaffing(Instant now, int activeReviewers) {
        synchronized (staffing) {
            staffing.addLast(new Staffed(now, activeReviewers));
            Instant from = now.minus(staffingHold);
            while (staffing.peekFirst().at().isBefore(from)) {
                staffing.removeFirst();
            }
            return staffing.stream().mapToInt(Staffed::reviewers).max().orElse(activeReviewers);
        }
    }

    private record Staffed(Instant at, int reviewers) {}

    /**
     * The level the stored overrides say is in force: after a restart or a failover the new runner goes on
     * from there, so the policy's hysteresis holds across instances.
     */
    private BackpressureLevel stored(Instant now) {
        BackpressureLevel found = BackpressureLevel.NONE;
        for (CategoryConfiguration c : store.all().values()) {
            for (ThresholdOverride o : c.overridesInForce(now)) {
                if (o.kind() == OverrideKind.BACKPRESSURE) {
                    for (BackpressureLevel candidate : BackpressureLevel.values()) {
                        if (o.id().equals(ID_PREFIX + candidate.name().toLowerCase(java.util.Locale.ROOT))
                                && candidate.compareTo(found) > 0) {
                            found = candidate;
                        }
                    }
                }
            }
        }
        return found;
    }

    private Optional<CategoryConfiguration> reconcile(
            CategoryConfiguration c, BackpressureDecision decision, Optional<Relaxation> relaxation, Instant now) {
        String id = ID_PREFIX + decision.level().name().toLowerCase(java.util.Locale.ROOT);
        Optional<ThresholdSet> relaxed = relaxation
                .flatMap(r -> r.relax(c.category(), c.active().thresholds()))
                .filter(set -> !set.equals(c.active().thresholds()));
        boolean othersPresent = c.overridesInForce(now).stream()
                .anyMatch(o -> o.kind() == OverrideKind.BACKPRESSURE && !o.id().equals(id));
        if (relaxed.isEmpty()) {
            boolean any = c.overridesInForce(now).stream().anyMatch(o -> o.kind() == OverrideKind.BACKPRESSURE);
            return any
                    ? Optional.of(c.withoutOverrides(o -> o.kind() == OverrideKind.BACKPRESSURE, now))
                    : Optional.empty();
        }
        Optional<ThresholdOverride> mine =
                c.overridesInForce(now).stream().filter(o -> o.id().equals(id)).findFirst();
        boolean fresh = mine.isPresent()
                && mine.get().thresholds().equals(relaxed.get())
                && mine.get().expiresAt().isAfter(now.plus(overrideTtl.dividedBy(2)));
        if (fresh && !othersPresent) {
            return Optional.empty();
        }
        ThresholdOverride override = new ThresholdOverride(
                id, OverrideKind.BACKPRESSURE, relaxed.get(), now.plus(overrideTtl), decision.reason());
        return Optional.of(c.withoutOverrides(o -> o.kind() == OverrideKind.BACKPRESSURE, now)
                .withOverride(override, now));
    }
}
