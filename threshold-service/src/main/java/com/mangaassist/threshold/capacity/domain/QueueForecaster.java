package com.mangaassist.threshold.capacity.domain;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Forecasts the review queue a short horizon ahead (30 minutes by default, runbook scenario 1: "predict
 * queue depth 30 minutes ahead") from one {@link CapacitySignals} snapshot, assuming arrival rates, the
 * reviewers on duty and their throughput stay as measured.
 *
 * <p><b>Depth: a fluid model.</b> Over the horizon {@code h} the reviewers decide {@code M = capacity × h}
 * reviews, most urgent first: P1 takes {@code min(M, depth₁ + λ₁h)}, P2 takes what is left up to its own
 * work, and so on. A priority's projected depth is its work ({@code depth + λh}) minus what it was served,
 * i.e. {@code max(0, depth + (λ_k − μ_k)·h)} with μ_k the capacity it gets. For constant rates this is
 * exactly where a strict-priority fluid queue ends up.
 *
 * <p><b>Wait of a task arriving at the end of the horizon.</b> The tasks of its own and higher priorities
 * waiting then are ahead of it; they drain at the capacity minus the arrival rate of the higher priorities
 * (those keep overtaking it). On top of that deterministic backlog comes the random wait of the
 * non-preemptive priority M/M/c model ({@link PriorityQueueModel}) when the priority is stable.
 *
 * <p><b>Breach.</b> A task breaches when it waits longer than its SLA minus the mean handling time
 * ({@link ReviewSlas#waitBudgetSeconds}): certain (1) when the backlog alone takes longer or the priority
 * is unstable, otherwise the model's tail beyond the backlog.
 *
 * <p>Capacity is {@link CapacitySignals#capacityPerHour(double)}: the reviewers on duty times their
 * measured throughput, or the assumed throughput when nobody decided anything in the window.
 */
public final class QueueForecaster {

    /** The horizon of runbook scenario 1. */
    public static final Duration DEFAULT_HORIZON = Duration.ofMinutes(30);

    private final ReviewSlas slas;
    private final double assumedReviewsPerReviewerPerHour;

    /**
     * @param slas the SLA per priority
     * @param assumedReviewsPerReviewerPerHour throughput of one reviewer when the signals measured none;
     *     finite and &gt; 0
     */
    public QueueForecaster(ReviewSlas slas, double assumedReviewsPerReviewerPerHour) {
        this.slas = Objects.requireNonNull(slas, "slas");
        if (!(assumedReviewsPerReviewerPerHour > 0) || Double.isInfinite(assumedReviewsPerReviewerPerHour)) {
            throw new IllegalArgumentException(
                    "assumedReviewsPerReviewerPerHour must be finite and > 0: " + assumedReviewsPerReviewerPerHour);
        }
        this.assumedReviewsPerReviewerPerHour = assumedReviewsPerReviewerPerHour;
    }

    /** The forecast {@link #DEFAULT_HORIZON} ahead. */
    public QueueForecast forecast(CapacitySignals signals) {
        return forecast(signals, DEFAULT_HORIZON);
    }

    /** The forecast {@code horizon} (positive) after {@code signals.at()}. */
    public QueueForecast forecast(CapacitySignals signals, Duration horizon) {
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be positive: " + horizon);
        }
        boolean measured = signals.reviewsPerReviewerPerHour() > 0;
        double perReviewerPerHour = measured ? signals.reviewsPerReviewerPerHour() : assumedReviewsPerReviewerPerHour;
        int reviewers = signals.activeReviewers();
        double capacityPerMinute = reviewers * perReviewerPerHour / 60.0;
        double minutes = horizon.toNanos() / 60e9;
        double meanHandlingSeconds = 3600.0 / perReviewerPerHour;

        Priority[] priorities = Priority.values();
        double[] arrivals = new double[priorities.length];
        for (Priority priority : priorities) {
            arrivals[priority.ordinal()] = signals.perPriority().get(priority).arrivalsPerMinute();
        }
        PriorityQueueModel model = PriorityQueueModel.of(reviewers, perReviewerPerHour / 60.0, arrivals);

        List<QueueForecast.PriorityForecast> entries = new ArrayList<>(priorities.length);
        double remaining = capacityPerMinute * minutes;
        double ahead = 0;
        double higherArrivals = 0;
        double totalProjected = 0;
        for (Priority priority : priorities) {
            int k = priority.ordinal();
            PriorityLoad load = signals.perPriority().get(priority);
            double work = load.depth() + arrivals[k] * minutes;
            double served = Math.min(remaining, work);
            remaining -= served;
            double projected = Math.max(0, work - served);
            totalProjected += projected;
            ahead += projected;

            double drainPerMinute = capacityPerMinute - higherArrivals;
            double backlogMinutes =
                    ahead == 0 ? 0 : drainPerMinute > 0 ? ahead / drainPerMinute : Double.POSITIVE_INFINITY;
            boolean stable = model.stable(k);
            double waitMinutes = backlogMinutes + (stable ? model.meanWait(k) : 0);
            double budgetMinutes = slas.waitBudgetSeconds(priority, meanHandlingSeconds) / 60.0;
            double breach;
            if (!stable || backlogMinutes >= budgetMinutes) {
                breach = 1;
            } else {
                breach = model.probabilityWaitExceeds(k, budgetMinutes - backlogMinutes);
            }
            entries.add(new QueueForecast.PriorityForecast(
                    priority,
                    load.depth(),
                    arrivals[k],
                    served / minutes,
                    projected,
                    waitMinutes * 60,
                    slas.seconds(priority),
                    breach,
                    stable));
            higherArrivals += arrivals[k];
        }
        return new QueueForecast(
                signals.at(),
                horizon,
                reviewers,
                perReviewerPerHour,
                measured,
                capacityPerMinute * 60,
                entries,
                signals.depth(),
                totalProjected,
                model.total().stable());
    }
}
