package com.mangaassist.threshold.changerequest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on a canary (or the breaker's): promote only when the canary is at least as good as the
 * control; the comparisons say on what.
 */
public record Evaluation(Instant at, Verdict verdict, String reason, List<Comparison> comparisons) {

    public Evaluation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        comparisons = List.copyOf(comparisons);
    }

    public enum Verdict {
        PROMOTE,
        REVERT
    }

    /**
     * One measure, canary against control: {@code measure} such as {@code escalation-rate:general},
     * {@code feedback-score}, {@code correction-rate}; the sample sizes behind each value; {@code better}
     * says which direction is good ({@code lower} or {@code higher}); {@code canaryAtLeastAsGood} the
     * outcome with the tolerance applied.
     */
    public record Comparison(
            String measure,
            double canary,
            long canarySamples,
            double control,
            long controlSamples,
            String better,
            boolean canaryAtLeastAsGood) {}
}
