package com.mangaassist.threshold.simulation.domain;

/**
 * What review volume and traffic cost per day, in USD.
 *
 * <ul>
 *   <li>Reviewer time: {@code reviews ÷ reviews per reviewer-hour × reviewerCostPerHour}.
 *   <li>Step Functions: every review runs one workflow execution of {@code stateTransitionsPerReview}
 *       transitions at {@code pricePerThousandTransitions} (standard workflows: $0.025 per 1,000).
 *   <li>Model tokens: {@code turns × tokensPerTurn × pricePerThousandTokens / 1000}; every turn is answered
 *       by the model whatever its route, so this does not move with thresholds, but it puts the review
 *       cost in proportion.
 * </ul>
 *
 * <p>Handoffs to live agents are not costed (their cost is the support desk's, not this pipeline's).
 *
 * @param reviewerCostPerHour loaded cost of one reviewer hour
 * @param stateTransitionsPerReview state transitions of one review workflow execution
 * @param pricePerThousandTransitions Step Functions price per 1,000 state transitions
 * @param tokensPerTurn model tokens (input and output) per answered turn
 * @param pricePerThousandTokens blended model price per 1,000 tokens
 */
public record CostModel(
        double reviewerCostPerHour,
        double stateTransitionsPerReview,
        double pricePerThousandTransitions,
        double tokensPerTurn,
        double pricePerThousandTokens) {

    /**
     * $25 per reviewer hour; 8 transitions per review at $0.025 per 1,000; 1,500 tokens per turn at $0.0054
     * per 1,000 (Claude 3 Sonnet at $3 / $15 per million input / output tokens, blended 80 % input).
     */
    public static final CostModel DEFAULTS = new CostModel(25.0, 8, 0.025, 1500, 0.0054);

    public CostModel {
        requireCost("reviewerCostPerHour", reviewerCostPerHour);
        requireCost("stateTransitionsPerReview", stateTransitionsPerReview);
        requireCost("pricePerThousandTransitions", pricePerThousandTransitions);
        requireCost("tokensPerTurn", tokensPerTurn);
        requireCost("pricePerThousandTokens", pricePerThousandTokens);
    }

    /** Reviewer cost of {@code reviewsPerDay} at {@code reviewsPerReviewerPerHour} (&gt; 0). */
    public double reviewerCostPerDay(double reviewsPerDay, double reviewsPerReviewerPerHour) {
        if (!(reviewsPerReviewerPerHour > 0)) {
            throw new IllegalArgumentException("reviewsPerReviewerPerHour must be > 0: " + reviewsPerReviewerPerHour);
        }
        return reviewsPerDay / reviewsPerReviewerPerHour * reviewerCostPerHour;
    }

    /** Step Functions cost of {@code reviewsPerDay} workflow executions. */
    public double stepFunctionsCostPerDay(double reviewsPerDay) {
        return reviewsPerDay * stateTransitionsPerReview * pricePerThousandTransitions / 1000.0;
    }

    /** Model cost of {@code turnsPerDay} answered turns. */
    public double tokenCostPerDay(double turnsPerDay) {
        return turnsPerDay * tokensPerTurn * pricePerThousandTokens / 1000.0;
    }

    /** The whole daily cost of {@code reviewsPerDay} reviews among {@code turnsPerDay} turns. */
    public DailyCost daily(double turnsPerDay, double reviewsPerDay, double reviewsPerReviewerPerHour) {
        double reviewers = reviewerCostPerDay(reviewsPerDay, reviewsPerReviewerPerHour);
        double stepFunctions = stepFunctionsCostPerDay(reviewsPerDay);
        double tokens = tokenCostPerDay(turnsPerDay);
        return new DailyCost(reviewers, stepFunctions, tokens, reviewers + stepFunctions + tokens);
    }

    private static void requireCost(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and ≥ 0: " + value);
        }
    }

    /**
     * One day's cost in USD.
     *
     * @param reviewerTime reviewers' time
     * @param stepFunctions review workflow executions
     * @param tokens model tokens
     * @param total the sum
     */
    public record DailyCost(double reviewerTime, double stepFunctions, double tokens, double total) {}
}
