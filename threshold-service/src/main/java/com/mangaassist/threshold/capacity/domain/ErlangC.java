package com.mangaassist.threshold.capacity.domain;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals at rate λ, {@code c} identical servers each finishing work
 * at exponential rate μ, one first-come-first-served queue without abandonment. Rates are in any one unit
 * of time (per hour, per second); every time this class returns or accepts is in the reciprocal unit
 * (hours, seconds).
 *
 * <p>With offered load {@code a = λ/μ} (erlangs) and utilisation {@code ρ = a/c}, the queue is stable
 * when {@code λ < cμ}. Then the probability that an arrival has to wait is {@code C(c, a)}, its mean wait
 * is {@code C / (cμ − λ)}, and the wait is exponential beyond zero: {@code P(W > t) = C·e^{−(cμ−λ)t}}.
 *
 * <p>{@code C} is computed from the Erlang B recursion {@code B(0) = 1}, {@code B(k) = a·B(k−1) / (k +
 * a·B(k−1))} and {@code C = c·B / (c − a·(1 − B))}: every step stays in [0, 1], so there are no
 * factorials or powers to overflow and hundreds of servers are as accurate as a handful.
 *
 * <p>Unstable ({@code λ ≥ cμ}, including no servers or no service): every arrival waits
 * ({@link #probabilityOfWaiting()} = 1), the mean wait is {@link Double#POSITIVE_INFINITY} and
 * {@code P(W > t) = 1} for every t. Without arrivals nobody waits, whatever the servers.
 */
public final class ErlangC {

    private final int servers;
    private final double arrivalRate;
    private final double serviceRate;
    private final double probabilityOfWaiting;

    private ErlangC(int servers, double arrivalRate, double serviceRate) {
        this.servers = servers;
        this.arrivalRate = arrivalRate;
        this.serviceRate = serviceRate;
        this.probabilityOfWaiting =
                arrivalRate == 0 ? 0 : stable() ? probabilityOfWaiting(servers, arrivalRate / serviceRate) : 1;
    }

    /**
     * The queue with {@code servers} servers.
     *
     * @param servers number of servers, ≥ 0
     * @param arrivalRate λ, arrivals per unit time, finite and ≥ 0
     * @param serviceRatePerServer μ, completions per unit time of one busy server, finite and ≥ 0
     */
    public static ErlangC of(int servers, double arrivalRate, double serviceRatePerServer) {
        if (servers < 0) {
            throw new IllegalArgumentException("servers must be ≥ 0: " + servers);
        }
        requireRate("arrivalRate", arrivalRate);
        requireRate("serviceRatePerServer", serviceRatePerServer);
        return new ErlangC(servers, arrivalRate, serviceRatePerServer);
    }

    /**
     * Erlang B, the blocking probability of {@code servers} servers offered {@code offeredLoad} erlangs
     * without a queue, by the stable recursion.
     */
    public static double erlangB(int servers, double offeredLoad) {
        if (servers < 0) {
            throw new IllegalArgumentException("servers must be ≥ 0: " + servers);
        }
        requireRate("offeredLoad", offeredLoad);
        double b = 1.0;
        for (int k = 1; k <= servers; k++) {
            double ab = offeredLoad * b;
            b = ab / (k + ab);
        }
        return b;
    }

    /**
     * Erlang C, the probability that an arrival waits, for {@code servers} servers offered
     * {@code offeredLoad} erlangs; 1 when {@code offeredLoad ≥ servers}.
     */
    public static double probabilityOfWaiting(int servers, double offeredLoad) {
        if (offeredLoad >= servers) {
            return 1.0;
        }
        if (offeredLoad == 0) {
            return 0.0;
        }
        double b = erlangB(servers, offeredLoad);
        return servers * b / (servers - offeredLoad * (1 - b));
    }

    public int servers() {
        return servers;
    }

    public double arrivalRate() {
        return arrivalRate;
    }

    public double serviceRatePerServer() {
        return serviceRate;
    }

    /** cμ, the most the servers can finish per unit time. */
    public double capacity() {
        return servers * serviceRate;
    }

    /** a = λ/μ in erlangs ({@link Double#POSITIVE_INFINITY} when μ = 0 and λ > 0). */
    public double offeredLoad() {
        return arrivalRate == 0 ? 0 : arrivalRate / serviceRate;
    }

    /** ρ = λ/(cμ); ≥ 1 means unstable. */
    public double utilisation() {
        return arrivalRate == 0 ? 0 : arrivalRate / capacity();
    }

    /** λ < cμ (or no arrivals at all). */
    public boolean stable() {
        return arrivalRate == 0 || arrivalRate < capacity();
    }

    /** C(c, a): the share of arrivals that find every server busy; 1 when unstable. */
    public double probabilityOfWaiting() {
        return probabilityOfWaiting;
    }

    /** Mean wait before service, over all arrivals (those served at once count 0): C / (cμ − λ). */
    public double meanWait() {
        if (arrivalRate == 0) {
            return 0;
        }
        if (!stable()) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting / (capacity() - arrivalRate);
    }

    /** Mean number waiting (not in service), λ·W by Little's law. */
    public double meanQueueLength() {
        double wait = meanWait();
        return wait == 0 ? 0 : arrivalRate * wait;
    }

    /** P(W > t) = C·e^{−(cμ−λ)t} for {@code t ≥ 0}; 1 when unstable. */
    public double probabilityWaitExceeds(double t) {
        requireTime(t);
        if (arrivalRate == 0) {
            return 0;
        }
        if (!stable()) {
            return 1;
        }
        return probabilityOfWaiting * Math.exp(-(capacity() - arrivalRate) * t);
    }

    /**
     * P(W + S > t), the wait plus an exponential service: {@code e^{−μt}·(1 + C·(1 − e^{−(cμ−λ−μ)t}) / (c −
     * 1 − a))}, or {@code e^{−μt}·(1 + C·μt)} when {@code c − 1 − a = 0}; 1 when unstable.
     */
    public double probabilitySojournExceeds(double t) {
        requireTime(t);
        if (!stable()) {
            return 1;
        }
        double mu = serviceRate;
        double serviceTail = Math.exp(-mu * t);
        double c = probabilityOfWaiting;
        if (c == 0) {
            return serviceTail;
        }
        double gap = servers - 1 - offeredLoad();
        if (Math.abs(gap) < 1e-9) {
            return serviceTail * (1 + c * mu * t);
        }
        double decay = (capacity() - arrivalRate - mu) * t;
        return serviceTail * (1 + c * (-Math.expm1(-decay)) / gap);
    }

    private static void requireRate(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and ≥ 0: " + value);
        }
    }

    static void requireTime(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("t must be finite and ≥ 0: " + t);
        }
    }
}
