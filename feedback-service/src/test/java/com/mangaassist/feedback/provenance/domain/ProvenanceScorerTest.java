package com.mangaassist.feedback.provenance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProvenanceScorerTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private final ProvenanceScorer scorer = new ProvenanceScorer(ProvenancePolicy.runbook());

    @Test
    void anEstablishedBuyerWithAFirstSignalScoresAboveTheBar() {
        ProvenanceScore score = scorer.score(buyer(400), List.of(), NOW, ReputationStanding.none("u"));

        assertThat(score.value()).isEqualTo(0.6);
        assertThat(score.factors())
                .extracting(ProvenanceFactor::rule)
                .containsExactly("purchase-history", "established-account", "low-rate");
        assertThat(score.value()).isGreaterThan(ProvenancePolicy.runbook().bar());
    }

    @Test
    void aNewAccountWithoutPurchasesAtUniformIntervalsScoresFarBelowTheBar() {
        List<Instant> earlier = new ArrayList<>();
        Random random = new Random(7);
        Instant t = NOW.minus(Duration.ofMinutes(8));
        for (int i = 0; i < 9; i++) {
            earlier.add(t);
            t = t.plusSeconds(30 + random.nextInt(16));
        }
        ProvenanceScore score = scorer.score(newcomer(2), earlier, t, ReputationStanding.none("u"));

        assertThat(score.factors())
                .extracting(ProvenanceFactor::rule)
                .contains("no-purchase-history", "new-account", "uniform-timing");
        assertThat(score.value()).isEqualTo(-0.9);
    }

    @Test
    void organicTimingIsRecognisedFromVariableIntervals() {
        List<Instant> earlier = new ArrayList<>();
        Instant t = NOW.minus(Duration.ofDays(2));
        long[] gaps = {60, 3_600, 400, 20_000, 90, 7_000, 1_200, 300, 9_000};
        for (long gap : gaps) {
            earlier.add(t);
            t = t.plusSeconds(gap);
        }
        ProvenanceScore score = scorer.score(buyer(400), earlier, t, ReputationStanding.none("u"));

        assertThat(score.factors()).extracting(ProvenanceFactor::rule).contains("organic-timing");
        assertThat(score.value()).isEqualTo(0.8);
    }

    @Test
    void tooFewSignalsGiveNoTimingFactor() {
        ProvenanceScore score = scorer.score(
                buyer(400), List.of(NOW.minusSeconds(30), NOW.minusSeconds(20)), NOW, ReputationStanding.none("u"));

        assertThat(score.factors())
                .extracting(ProvenanceFactor::rule)
                .doesNotContain("uniform-timing", "organic-timing");
    }

    @Test
    void aCustomerWhoseFewRatingsHappenToBeEvenlySpacedIsNotCalledUniform() {
        // six signals, five nearly equal gaps: the CV is low, but eight intervals are needed to judge
        List<Instant> earlier = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            earlier.add(NOW.minusSeconds(600 - i * 100L - (i % 2) * 7));
        }
        ProvenanceScore score = scorer.score(buyer(400), earlier, NOW.plusSeconds(100), ReputationStanding.none("u"));

        assertThat(score.factors()).extracting(ProvenanceFactor::rule).doesNotContain("uniform-timing");
    }

    @Test
    void moreThanTwentySignalsInAnHourCostHalfAPoint() {
        List<Instant> earlier = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            earlier.add(NOW.minusSeconds(3_000 - i * 100L));
        }
        ProvenanceScore score = scorer.score(buyer(400), earlier, NOW, ReputationStanding.none("u"));

        assertThat(score.factors()).extracting(ProvenanceFactor::rule).contains("high-rate");
    }

    @Test
    void unknownAccountAgeCountsAsNew() {
        ProvenanceScore score = scorer.score(
                new AccountFacts("u", true, Optional.empty()), List.of(), NOW, ReputationStanding.none("u"));

        assertThat(score.factors()).extracting(ProvenanceFactor::rule).contains("new-account");
    }

    @Test
    void reputationMovesTheScoreWithinItsBound() {
        ReputationStanding trusted = new ReputationStanding("u", 40, 0, List.of(), NOW);
        ReputationStanding contrarian = new ReputationStanding("u", 0, 40, List.of(), NOW);
        ReputationStanding thin = new ReputationStanding("u", 0, 2, List.of(), NOW);

        double base = scorer.score(buyer(400), List.of(), NOW, ReputationStanding.none("u"))
                .value();
        assertThat(scorer.score(buyer(400), List.of(), NOW, trusted).value()).isBetween(base + 0.15, base + 0.2);
        assertThat(scorer.score(buyer(400), List.of(), NOW, contrarian).value()).isBetween(base - 0.2, base - 0.15);
        assertThat(scorer.score(buyer(400), List.of(), NOW, thin).value()).isEqualTo(base);
    }

    @Test
    void timingCvOfPerfectlyRegularSignalsIsZero() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            times.add(NOW.plusSeconds(40L * i));
        }
        assertThat(scorer.timingCv(times)).contains(0.0);
    }

    private static AccountFacts buyer(int days) {
        return new AccountFacts("u", true, Optional.of(NOW.minus(Duration.ofDays(days))));
    }

    private static AccountFacts newcomer(int days) {
        return new AccountFacts("u", false, Optional.of(NOW.minus(Duration.ofDays(days))));
    }
}
