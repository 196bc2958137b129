package com.mangaassist.threshold.changerequest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Canary against control. Thresholds: per changed category, the canary's escalation rate must not exceed
 * the control's by more than {@code tolerance}. Prompts: the canary's feedback score must not fall below
 * the control's by more than {@code tolerance}, nor its correction rate rise above it by more. A canary
 * with fewer than the minimum samples is not evidence: it is reverted (a change that cannot show it is
 * safe does not ship by default).
 *
 * @param tolerance absolute slack on rates, in [0, 0.5]
 * @param minimumTurns canary turns per category below which a thresholds canary is inconclusive
 * @param minimumFeedback canary feedback signals below which a prompt canary is inconclusive
 */
public record EvaluationPolicy(double tolerance, long minimumTurns, long minimumFeedback) {

    public EvaluationPolicy {
        if (!(tolerance >= 0 && tolerance <= 0.5)) {
            throw new IllegalArgumentException("tolerance must be in [0, 0.5]: " + tolerance);
        }
        if (minimumTurns < 1 || minimumFeedback < 1) {
            throw new IllegalArgumentException("minimum samples must be at least 1");
        }
    }

    /** The verdict on a thresholds canary from each changed category's canary and control tallies. */
    public Evaluation thresholds(Instant at, Map<String, RoutingTally[]> canaryAndControl) {
        List<Evaluation.Comparison> comparisons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        canaryAndControl.forEach((category, tallies) -> {
            RoutingTally canary = tallies[0];
            RoutingTally control = tallies[1];
            boolean ok = canary.escalationRate() <= control.escalationRate() + tolerance;
            comparisons.add(new Evaluation.Comparison(
                    "escalation-rate:" + category,
                    canary.escalationRate(),
                    canary.total(),
                    control.escalationRate(),
                    control.total(),
                    "lower",
                    ok));
            if (canary.total() < minimumTurns) {
                problems.add(category + ": only " + canary.total() + " canary turns (need " + minimumTurns + ")");
            } else if (!ok) {
                problems.add(String.format(
                        java.util.Locale.ROOT,
                        "%s: canary escalation %.3f above control %.3f",
                        category,
                        canary.escalationRate(),
                        control.escalationRate()));
            }
        });
        return verdict(at, comparisons, problems);
    }

    /** The verdict on a prompt canary. */
    public Evaluation prompt(Instant at, FeedbackTally canary, FeedbackTally control) {
        boolean scoreOk = canary.score() >= control.score() - tolerance;
        boolean correctionsOk = canary.correctionRate() <= control.correctionRate() + tolerance;
        List<Evaluation.Comparison> comparisons = List.of(
                new Evaluation.Comparison(
                        "feedback-score",
                        canary.score(),
                        canary.total(),
                        control.score(),
                        control.total(),
                        "higher",
                        scoreOk),
                new Evaluation.Comparison(
                        "correction-rate",
                        canary.correctionRate(),
                        canary.total(),
                        control.correctionRate(),
                        control.total(),
                        "lower",
                        correctionsOk));
        List<String> problems = new ArrayList<>();
        if (canary.total() < minimumFeedback) {
            problems.add("only " + canary.total() + " feedback signals on the canary (need " + minimumFeedback + ")");
        } else {
            if (!scoreOk) {
                problems.add("feedback score below control");
            }
            if (!correctionsOk) {
                problems.add("correction rate above control");
            }
        }
        return verdict(at, comparisons, problems);
    }

    private static Evaluation verdict(Instant at, List<Evaluation.Comparison> comparisons, List<String> problems) {
        Objects.requireNonNull(at, "at");
        if (problems.isEmpty()) {
            return new Evaluation(at, Evaluation.Verdict.PROMOTE, "canary at least as good as control", comparisons);
        }
        return new Evaluation(at, Evaluation.Verdict.REVERT, String.join("; ", problems), comparisons);
    }
}
