package com.mangaassist.threshold.changerequest.application;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.changerequest.domain.CanaryMeasures;
import com.mangaassist.threshold.changerequest.domain.ChangeKind;
import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.ChangeState;
import com.mangaassist.threshold.changerequest.domain.Evaluation;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import com.mangaassist.threshold.configuration.application.Reverts;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The escalation breaker: after any thresholds change — a canary running, or a version promoted within
 * the watch period — the escalation rate of the changed thresholds is measured over a sliding window on
 * every run; when it stays above the limit (30 %) for longer than the sustain time (10 minutes), the
 * change is reverted automatically (the canary withdrawn, or the category back to its last known-good
 * version), on-call is paged and the trail records it. A window with too few turns is no evidence and
 * neither starts nor ends a breach. Breach start times live in memory: after a failover the count starts
 * again, which can only delay a trip by the sustain time, never cause a false one.
 */
public final class EscalationBreaker {

    private final ChangeControl control;
    private final ThresholdStore thresholds;
    private final CanaryMeasures measures;
    private final Reverts reverts;
    private final Pager pager;
    private final Auditor auditor;
    private final ChangeControlSettings settings;
    private final Clock clock;
    private final Map<String, Instant> breachSince = new ConcurrentHashMap<>();

    public EscalationBreaker(
            ChangeControl control,
            ThresholdStore thresholds,
            CanaryMeasures measures,
            Reverts reverts,
            Pager pager,
            Auditor auditor,
            ChangeControlSettings settings,
            Clock clock) {
        this.control = Objects.requireNonNull(control, "control");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.measures = Objects.requireNonNull(measures, "measures");
        this.reverts = Objects.requireNonNull(reverts, "reverts");
        this.pager = Objects.requireNonNull(pager, "pager");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One check of everything watched; returns what tripped. */
    public List<String> run() {
        Instant now = clock.instant();
        Instant from = now.minus(settings.breakerWindow());
        List<String> tripped = new ArrayList<>();
        Set<String> watched = new HashSet<>();
        for (ChangeRequest request : control.canaries()) {
            if (request.kind() != ChangeKind.THRESHOLDS) {
                continue;
            }
            for (TopicCategory category : request.thresholds().keySet()) {
                String key = "canary:" + request.id() + ":" + category.code();
                watched.add(key);
                RoutingTally tally = measures.routed(category, CanaryEvaluations.CANARY, from, now);
                if (breached(key, tally, now)) {
                    tripCanary(request, category, tally);
                    tripped.add(key);
                    break;
                }
            }
        }
        for (Map.Entry<TopicCategory, CategoryConfiguration> entry :
                thresholds.all().entrySet()) {
            CategoryConfiguration current = entry.getValue();
            if (current.active().changeRequestId().isEmpty()
                    || current.active().createdAt().isBefore(now.minus(settings.watchAfterChange()))) {
                continue;
            }
            String key =
                    "active:" + entry.getKey().code() + ":v" + current.active().version();
            watched.add(key);
            RoutingTally tally = measures.routed(entry.getKey(), CanaryEvaluations.CONTROL, from, now);
            if (breached(key, tally, now)) {
                tripActive(entry.getKey(), current, tally);
                tripped.add(key);
            }
        }
        breachSince.keySet().retainAll(watched);
        tripped.forEach(breachSince::remove);
        return tripped;
    }

    private boolean breached(String key, RoutingTally tally, Instant now) {
        if (tally.total() < settings.breakerMinimumTurns()) {
            return false;
        }
        if (tally.escalationRate() <= settings.breakerRate()) {
            breachSince.remove(key);
            return false;
        }
        Instant since = breachSince.computeIfAbsent(key, k -> now);
        return Duration.between(since, now).compareTo(settings.breakerSustain()) > 0;
    }

    private String why(TopicCategory category, RoutingTally tally) {
        return String.format(
                Locale.ROOT,
                "escalation %.1f%% (%d of %d turns) on %s above %.0f%% for more than %s",
                tally.escalationRate() * 100,
                tally.review() + tally.handoff(),
                tally.total(),
                category.code(),
                settings.breakerRate() * 100,
                settings.breakerSustain());
    }

    private void tripCanary(ChangeRequest request, TopicCategory category, RoutingTally tally) {
        String why = "breaker: " + why(category, tally);
        Evaluation evaluation = new Evaluation(
                clock.instant(),
                Evaluation.Verdict.REVERT,
                why,
                List.of(new Evaluation.Comparison(
                        "escalation-rate:" + category.code(),
                        tally.escalationRate(),
                        tally.total(),
                        settings.breakerRate(),
                        0,
                        "lower",
                        false)));
        String categories = request.thresholds().keySet().stream()
                .map(TopicCategory::code)
                .sorted()
                .collect(Collectors.joining(","));
        auditor.record("breaker", "breaker:tripped", categories, request.id(), why, "", "", "canary withdrawn");
        control.conclude(request, evaluation, "breaker");
        page("Canary " + request.id() + " reverted by the escalation breaker", why);
    }

    private void tripActive(TopicCategory category, CategoryConfiguration current, RoutingTally tally) {
        String why = "breaker: " + why(category, tally);
        auditor.record(
                "breaker",
                "breaker:tripped",
                category.code(),
                current.active().changeRequestId(),
                why,
                "",
                "",
                "reverting v" + current.active().version());
        reverts.plan(category).ifPresent(target -> reverts.revert(target, "breaker", why));
        control.find(current.active().changeRequestId())
                .filter(r -> r.state() == ChangeState.PROMOTED)
                .ifPresent(r -> control.markReverted(r, "breaker", why));
        page("Thresholds of " + category.code() + " reverted by the escalation breaker", why);
    }

    private void page(String subject, String message) {
        pager.page(new Page(subject, message, clock.instant()));
    }
}
