package com.mangaassist.threshold.changerequest.application;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.CanaryMeasures;
import com.mangaassist.threshold.changerequest.domain.CanaryPlan;
import com.mangaassist.threshold.changerequest.domain.ChangeKind;
import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.Evaluation;
import com.mangaassist.threshold.changerequest.domain.EvaluationPolicy;
import com.mangaassist.threshold.changerequest.domain.FeedbackTally;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The periodic evaluation: every canary whose time is up is compared with its control over the canary's
 * window and promoted or reverted. {@link #evaluate} also answers "how is it doing so far" for the API.
 */
public final class CanaryEvaluations {

    /** The variant names of {@code routing-counts} (docs/THRESHOLDS.md). */
    static final String CANARY = "CANARY";

    static final String CONTROL = "ACTIVE";

    private final ChangeControl control;
    private final CanaryMeasures measures;
    private final EvaluationPolicy policy;
    private final Clock clock;

    public CanaryEvaluations(ChangeControl control, CanaryMeasures measures, EvaluationPolicy policy, Clock clock) {
        this.control = Objects.requireNonNull(control, "control");
        this.measures = Objects.requireNonNull(measures, "measures");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Concludes every canary that has run its course; returns the concluded requests. */
    public List<ChangeRequest> run() {
        Instant now = clock.instant();
        List<ChangeRequest> concluded = new ArrayList<>();
        for (ChangeRequest request : control.canaries()) {
            CanaryPlan plan = request.canary().orElse(null);
            if (plan == null || plan.until().isAfter(now)) {
                continue;
            }
            concluded.add(control.conclude(request, evaluate(request, plan.until()), ChangeControl.SYSTEM));
        }
        return concluded;
    }

    /** Canary against control from the canary's start to {@code end}. */
    public Evaluation evaluate(ChangeRequest request, Instant end) {
        CanaryPlan plan =
                request.canary().orElseThrow(() -> new IllegalArgumentException(request.id() + " has no canary"));
        Instant now = clock.instant();
        if (request.kind() == ChangeKind.THRESHOLDS) {
            Map<String, RoutingTally[]> tallies = new TreeMap<>();
            for (TopicCategory category : request.thresholds().keySet()) {
                tallies.put(category.code(), new RoutingTally[] {
                    measures.routed(category, CANARY, plan.startedAt(), end),
                    measures.routed(category, CONTROL, plan.startedAt(), end)
                });
            }
            return policy.thresholds(now, tallies);
        }
        String promptId = request.prompt().orElseThrow().promptId();
        FeedbackTally canary = measures.feedback(promptId + "@v" + plan.promptVersion(), plan.startedAt(), end);
        FeedbackTally base =
                measures.feedback(promptId + "@v" + request.prompt().get().baseVersion(), plan.startedAt(), end);
        return policy.prompt(now, canary, base);
    }
}
