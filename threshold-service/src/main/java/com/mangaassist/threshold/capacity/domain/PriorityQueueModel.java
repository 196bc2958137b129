package com.mangaassist.threshold.capacity.domain;

import java.util.Arrays;

/**
 * Waits per class in a non-preemptive priority M/M/c queue: {@code c} reviewers with one exponential
 * handling rate μ; class 0 (P1) is always taken next, then class 1, and so on; a review in progress is never
 * interrupted. This is how the review queue serves ({@code next} hands out the oldest task of the most
 * urgent priority).
 *
 * <p><b>Mean wait (Cobham, 1954).</b> With {@code σ_k = Σ_{i≤k} λ_i / (cμ)} and {@code C = C(c, λ/μ)} the
 * Erlang C probability of waiting for the total load, class {@code k} waits on average
 *
 * <pre>W_k = (C / (cμ)) / ((1 − σ_{k−1}) · (1 − σ_k))</pre>
 *
 * <p>which is exact for this model. With one class it is the Erlang C mean wait {@code C / (cμ − λ)}, and
 * the λ-weighted mean over classes equals it too (the conservation law). A class is stable when {@code σ_k <
 * 1}: even when the total load exceeds the reviewers ({@code C = 1}), the urgent classes still get served
 * and only the classes that push σ past 1 grow without bound (their wait is
 * {@link Double#POSITIVE_INFINITY}). That is what the review load runs showed: P1 and P2 kept their SLA
 * while P3 exploded.
 *
 * <p><b>Tail (an approximation).</b> Every class waits at all with probability {@code C} (an arrival waits
 * exactly when all reviewers are busy, whatever its class), and the wait of those who wait is taken as
 * exponential with the class's conditional mean {@code W_k / C}:
 *
 * <pre>P(W_k &gt; t) ≈ C · exp(−t · C / W_k)</pre>
 *
 * <p>Exact for one class (it is the Erlang C tail). For the most urgent class it is close (its wait is the
 * time to clear the urgent tasks ahead of it at rate cμ, nearly exponential). For lower classes the true
 * conditional wait is more variable than exponential (a burst of urgent arrivals can hold them back for a
 * whole busy period), so near saturation this understates their far tail; it has the right mean and the
 * right probability of waiting, which is what an SLA-breach estimate over 1–5 minutes mostly depends on.
 *
 * <p><b>Why an analytic model and not a simulation.</b> It is closed-form, costs microseconds, is
 * deterministic (an approval screen shows the same number twice), and its assumptions are standard and
 * stated; the inputs (hourly arrivals, a measured mean throughput) are themselves too coarse for a
 * discrete-event simulation to add real precision.
 *
 * <p>Rates are per one unit of time and times in its reciprocal, as in {@link ErlangC}.
 */
public final class PriorityQueueModel {

    private final ErlangC total;
    private final double[] arrivalRates;
    private final double[] cumulativeLoad;

    private PriorityQueueModel(int servers, double serviceRate, double[] arrivalRates) {
        this.arrivalRates = arrivalRates;
        this.cumulativeLoad = new double[arrivalRates.length];
        double sum = 0;
        double capacity = servers * serviceRate;
        for (int k = 0; k < arrivalRates.length; k++) {
            sum += arrivalRates[k];
            cumulativeLoad[k] = sum == 0 ? 0 : sum / capacity;
        }
        this.total = ErlangC.of(servers, sum, serviceRate);
    }

    /**
     * The queue.
     *
     * @param servers reviewers, ≥ 0
     * @param serviceRatePerServer μ, reviews one reviewer finishes per unit time
     * @param arrivalRatesByClass λ per class, most urgent first (P1, P2, …), each finite and ≥ 0
     */
    public static PriorityQueueModel of(int servers, double serviceRatePerServer, double... arrivalRatesByClass) {
        if (arrivalRatesByClass.length == 0) {
            throw new IllegalArgumentException("at least one class is required");
        }
        double[] rates = arrivalRatesByClass.clone();
        for (double rate : rates) {
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("arrival rates must be finite and ≥ 0: " + Arrays.toString(rates));
            }
        }
        ErlangC.of(servers, 0, serviceRatePerServer); // validates servers and μ
        return new PriorityQueueModel(servers, serviceRatePerServer, rates);
    }

    public int classes() {
        return arrivalRates.length;
    }

    /** The whole queue seen as one class: total arrivals, same reviewers. */
    public ErlangC total() {
        return total;
    }

    /** λ_k. */
    public double arrivalRate(int k) {
        return arrivalRates[checked(k)];
    }

    /** σ_k: the load of classes 0..k as a share of the capacity cμ. */
    public double cumulativeLoad(int k) {
        return cumulativeLoad[checked(k)];
    }

    /**
     * σ_k &lt; 1: class k's queue does not grow without bound. Without any reviewers only a queue without
     * any arrivals is stable.
     */
    public boolean stable(int k) {
        checked(k);
        if (total.capacity() == 0) {
            return total.arrivalRate() == 0;
        }
        return cumulativeLoad[k] < 1;
    }

    /** The probability that an arrival of any class waits: C(c, a), 1 when the total load is unstable. */
    public double probabilityOfWaiting() {
        return total.probabilityOfWaiting();
    }

    /** W_k by Cobham's formula; {@link Double#POSITIVE_INFINITY} when class k is unstable. */
    public double meanWait(int k) {
        if (!stable(k)) {
            return Double.POSITIVE_INFINITY;
        }
        double c = probabilityOfWaiting();
        if (c == 0) {
            return 0;
        }
        double before = k == 0 ? 0 : cumulativeLoad[k - 1];
        return c / total.capacity() / ((1 - before) * (1 - cumulativeLoad[k]));
    }

    /** P(W_k &gt; t) ≈ C·exp(−t·C/W_k) (see the class comment); 1 when class k is unstable. */
    public double probabilityWaitExceeds(int k, double t) {
        ErlangC.requireTime(t);
        double wait = meanWait(k);
        if (wait == 0) {
            return 0;
        }
        if (Double.isInfinite(wait)) {
            return 1;
        }
        double c = probabilityOfWaiting();
        return c * Math.exp(-t * c / wait);
    }

    private int checked(int k) {
        if (k < 0 || k >= arrivalRates.length) {
            throw new IllegalArgumentException("class must be in [0, " + (arrivalRates.length - 1) + "]: " + k);
        }
        return k;
    }
}
