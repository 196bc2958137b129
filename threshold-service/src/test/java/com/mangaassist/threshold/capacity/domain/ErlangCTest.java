package com.mangaassist.threshold.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Erlang C against published worked examples, the M/M/1 limit and an independent computation for hundreds
 * of servers.
 *
 * <p>Sources of the worked examples:
 *
 * <ul>
 *   <li>Hewlett-Packard, <i>HP 12C Solutions Handbook</i>, "Queuing" section, Example 1 (after R. E. Trueman,
 *       <i>An Introduction to Quantitative Methods for Decision Making</i>, Holt, Rinehart and Winston, 1977,
 *       Table 12.2): bank customers arrive at 1.2 per minute, three tellers each serve 0.5 per minute; mean
 *       wait in queue 2.16 min (1.079 × the mean service time), in the system 4.16 min, mean queue length
 *       2.59, mean number in the system 4.99. Seen at
 *       https://manual.onestart.ai/manuals/HP-12c-Solutions-Handbook-5175114?page=145.
 *   <li>"The Erlang-C Formula" worked example (360 calls per half hour, 4-minute calls, 55 agents, 15 s
 *       target), as reproduced with its published results in "Expected Waiting Time Formulas in Maxima"
 *       (nvidia/Nemotron-CC-Math-v1, https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1): E_c =
 *       0.2387, T_w = 8.184 s, P(wait ≤ 15 s) = 0.8459.
 * </ul>
 */
class ErlangCTest {

    @Test
    void threeTellersMatchTheHp12cHandbookExample() {
        ErlangC bank = ErlangC.of(3, 1.2, 0.5); // per minute

        double meanService = 1 / 0.5;
        assertThat(bank.utilisation()).isCloseTo(0.80, within(1e-12));
        assertThat(bank.meanWait() / meanService).isCloseTo(1.079, within(0.0005));
        assertThat(bank.meanWait()).isCloseTo(2.16, within(0.005));
        assertThat(bank.meanWait() + meanService).isCloseTo(4.16, within(0.005));
        assertThat(bank.meanQueueLength()).isCloseTo(2.59, within(0.005));
        assertThat(bank.meanQueueLength() + bank.offeredLoad()).isCloseTo(4.99, within(0.005));
    }

    @Test
    void fiftyFiveAgentsMatchThePublishedErlangCExample() {
        ErlangC callCentre = ErlangC.of(55, 360 / 1800.0, 1 / 240.0); // per second

        assertThat(callCentre.offeredLoad()).isCloseTo(48, within(1e-9));
        assertThat(callCentre.probabilityOfWaiting()).isCloseTo(0.2387, within(0.00005));
        assertThat(callCentre.meanWait()).isCloseTo(8.184, within(0.0005));
        assertThat(1 - callCentre.probabilityWaitExceeds(15)).isCloseTo(0.8459, within(0.00005));
    }

    @Test
    void oneServerIsTheMm1Queue() {
        double lambda = 3;
        double mu = 4;
        ErlangC single = ErlangC.of(1, lambda, mu);
        double rho = lambda / mu;

        assertThat(single.probabilityOfWaiting()).isCloseTo(rho, within(1e-12));
        assertThat(single.meanWait()).isCloseTo(rho / (mu - lambda), within(1e-12));
        assertThat(single.probabilityWaitExceeds(0.5)).isCloseTo(rho * Math.exp(-(mu - lambda) * 0.5), within(1e-12));
        // M/M/1 sojourn time is exponential with rate μ − λ
        assertThat(single.probabilitySojournExceeds(0.7)).isCloseTo(Math.exp(-(mu - lambda) * 0.7), within(1e-12));
    }

    @Test
    void sojournTailIsWaitPlusAnExponentialService() {
        ErlangC queue = ErlangC.of(3, 1.2, 0.5);
        // at t = 0 everybody is still in the system; the tail never falls below the service's own tail
        assertThat(queue.probabilitySojournExceeds(0)).isCloseTo(1, within(1e-12));
        assertThat(queue.probabilitySojournExceeds(3)).isGreaterThan(Math.exp(-0.5 * 3));
        // c − 1 − a = 0: the limit form (2 servers, a = 1)
        ErlangC edge = ErlangC.of(2, 1, 1);
        double c = edge.probabilityOfWaiting();
        assertThat(edge.probabilitySojournExceeds(2)).isCloseTo(Math.exp(-2) * (1 + c * 2), within(1e-12));
    }

    @Test
    void fiveHundredServersAgreeWithALogSpaceComputation() {
        for (double load : new double[] {300, 450, 480, 495, 499.9}) {
            ErlangC big = ErlangC.of(500, load, 1);
            assertThat(big.probabilityOfWaiting())
                    .as("load %s", load)
                    .isCloseTo(logSpaceErlangC(500, load), within(1e-10));
        }
    }

    @Test
    void anOverloadedQueueWaitsForever() {
        ErlangC overloaded = ErlangC.of(50, 18_750, 125);

        assertThat(overloaded.stable()).isFalse();
        assertThat(overloaded.probabilityOfWaiting()).isEqualTo(1);
        assertThat(overloaded.meanWait()).isInfinite();
        assertThat(overloaded.probabilityWaitExceeds(1_000)).isEqualTo(1);
        assertThat(ErlangC.of(50, 6_250, 125).stable())
                .as("exactly at capacity")
                .isFalse();
        assertThat(ErlangC.of(0, 1, 125).meanWait()).as("no servers").isInfinite();
    }

    @Test
    void withoutArrivalsNobodyWaits() {
        ErlangC idle = ErlangC.of(0, 0, 1);

        assertThat(idle.stable()).isTrue();
        assertThat(idle.probabilityOfWaiting()).isZero();
        assertThat(idle.meanWait()).isZero();
        assertThat(idle.probabilityWaitExceeds(1)).isZero();
    }

    @Test
    void invalidInputsAreRejected() {
        assertThatThrownBy(() -> ErlangC.of(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.of(1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.of(1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.of(2, 1, 1).probabilityWaitExceeds(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** C(c, a) from its defining sums, each term in log space (an independent route to the same number). */
    private static double logSpaceErlangC(int c, double a) {
        double[] logTerms = new double[c + 1];
        double logFactorial = 0;
        for (int k = 0; k <= c; k++) {
            if (k > 0) {
                logFactorial += Math.log(k);
            }
            logTerms[k] = k * Math.log(a) - logFactorial;
        }
        double logLast = logTerms[c] + Math.log(c / (c - a));
        double max = logLast;
        for (int k = 0; k < c; k++) {
            max = Math.max(max, logTerms[k]);
        }
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += Math.exp(logTerms[k] - max);
        }
        double last = Math.exp(logLast - max);
        return last / (sum + last);
    }
}
