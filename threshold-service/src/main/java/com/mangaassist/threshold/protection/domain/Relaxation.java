package com.mangaassist.threshold.protection.domain;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A temporary lowering of the auto-respond minimum: by {@code amount}, but never below {@code floor}
 * (scenario 1: ELEVATED is 0.10 down to at least 0.70, CRITICAL 0.15 down to at least 0.60). It only ever
 * lowers: a minimum already at or below the floor stays as it is. Protected categories (refund, complaint,
 * legal: {@link TopicCategory#protectedFromOverrides()}) are never relaxed.
 *
 * @param amount how much to lower the auto-respond minimum, in (0, 1]
 * @param floor the lowest auto-respond minimum this relaxation produces, in [0, 1]
 */
public record Relaxation(double amount, double floor) {

    public Relaxation {
        if (!(amount > 0 && amount <= 1)) {
            throw new IllegalArgumentException("relaxation amount must be in (0, 1]: " + amount);
        }
        if (!(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("relaxation floor must be in [0, 1]: " + floor);
        }
    }

    /**
     * The relaxed set of {@code category}: {@code autoRespondMin} = max({@code floor}, active − {@code amount})
     * but never above the active one; {@code reviewMin} and {@code handoffBelow} lowered only as far as the
     * order auto ≥ review ≥ handoff requires. Empty for a protected category: it keeps its active set.
     */
    public Optional<ThresholdSet> relax(TopicCategory category, ThresholdSet active) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(active, "active");
        if (category.protectedFromOverrides()) {
            return Optional.empty();
        }
        // decimal arithmetic: 0.80 − 0.15 is 0.65, not 0.6500000000000001
        double lowered = BigDecimal.valueOf(active.autoRespondMin())
                .subtract(BigDecimal.valueOf(amount))
                .doubleValue();
        return Optional.of(ThresholdLowering.lowerAutoRespondTo(active, Math.max(floor, lowered)));
    }
}
