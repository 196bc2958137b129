package com.mangaassist.threshold.changerequest.application;

import static com.mangaassist.threshold.testing.ChangeControlFixture.mlLead;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.ChangeState;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import com.mangaassist.threshold.configuration.application.SeedDefaults;
import com.mangaassist.threshold.testing.ChangeControlFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EscalationBreakerTest {

    private final ChangeControlFixture f = new ChangeControlFixture();

    @BeforeEach
    void seeded() {
        new SeedDefaults(f.thresholds, f.writer).seed();
    }

    private ChangeRequest approvedCanary(double autoRespondMin) {
        ChangeRequest request = f.proposeGeneral("eng-1", autoRespondMin);
        f.control.approve(request.id(), mlLead("lead-1"), "approved anyway");
        return request;
    }

    @Test
    void aCanaryAbove30PercentForMoreThanTenMinutesIsRevertedAndPaged() {
        ChangeRequest request = approvedCanary(0.95);
        f.measures.routed(TopicCategory.GENERAL, "CANARY", new RoutingTally(55, 40, 5));

        assertThat(f.breaker.run()).isEmpty();
        f.clock.advance(Duration.ofMinutes(10));
        assertThat(f.breaker.run())
                .as("exactly ten minutes is not more than ten")
                .isEmpty();
        f.clock.advance(Duration.ofSeconds(15));
        assertThat(f.breaker.run()).hasSize(1);

        ChangeRequest reverted = f.requests.find(request.id()).orElseThrow();
        assertThat(reverted.state()).isEqualTo(ChangeState.REVERTED);
        assertThat(reverted.evaluation().orElseThrow().reason())
                .startsWith("breaker: escalation 45.0% (45 of 100 turns)");
        assertThat(f.thresholds.get(TopicCategory.GENERAL).canary()).isEmpty();
        assertThat(f.pager.recent()).hasSize(1);
        assertThat(f.trail.actions()).contains("breaker:tripped", "canary:withdrawn", "change-request:reverted");
        assertThat(f.trail.read(
                        ChangeControlFixture.START, f.clock.instant().plusSeconds(1), Optional.of("general"), 100))
                .extracting(e -> e.action())
                .containsSubsequence(
                        "canary:started", "breaker:tripped", "canary:withdrawn", "change-request:reverted");
    }

    @Test
    void aDipBelowTheLimitStartsTheCountAgain() {
        approvedCanary(0.95);
        f.measures.routed(TopicCategory.GENERAL, "CANARY", new RoutingTally(55, 40, 5));
        f.breaker.run();
        f.clock.advance(Duration.ofMinutes(6));
        f.measures.routed(TopicCategory.GENERAL, "CANARY", new RoutingTally(80, 20, 0));
        f.breaker.run();
        f.measures.routed(TopicCategory.GENERAL, "CANARY", new RoutingTally(55, 40, 5));
        f.clock.advance(Duration.ofMinutes(6));
        f.breaker.run();

        f.clock.advance(Duration.ofMinutes(6));

        assertThat(f.breaker.run())
                .as("12 min after the dip's end it has been high only 6")
                .isEmpty();
    }

    @Test
    void tooFewTurnsAreNoEvidence() {
        approvedCanary(0.95);
        f.measures.routed(TopicCategory.GENERAL, "CANARY", new RoutingTally(5, 10, 0));
        f.breaker.run();
        f.clock.advance(Duration.ofMinutes(30));

        assertThat(f.breaker.run()).isEmpty();
    }

    @Test
    void aPromotedChangeThatGoesWrongFallsBackToTheLastKnownGoodVersion() {
        ChangeRequest request = approvedCanary(0.83);
        f.clock.advance(Duration.ofHours(2));
        // v1 served two hours: known good
        f.control.conclude(
                f.requests.find(request.id()).orElseThrow(),
                new com.mangaassist.threshold.changerequest.domain.Evaluation(
                        f.clock.instant(),
                        com.mangaassist.threshold.changerequest.domain.Evaluation.Verdict.PROMOTE,
                        "test",
                        java.util.List.of()),
                "test");
        assertThat(f.thresholds.get(TopicCategory.GENERAL).active().version()).isEqualTo(2);
        f.measures.routed(TopicCategory.GENERAL, "ACTIVE", new RoutingTally(600, 350, 50));

        f.breaker.run();
        f.clock.advance(Duration.ofMinutes(11));
        assertThat(f.breaker.run()).containsExactly("active:general:v2");

        var general = f.thresholds.get(TopicCategory.GENERAL);
        assertThat(general.active().version()).isEqualTo(3);
        assertThat(general.active().thresholds()).isEqualTo(new ThresholdSet(0.80, 0.55, 0.30));
        assertThat(general.active().reason()).startsWith("revert to v1");
        assertThat(f.requests.find(request.id()).orElseThrow().state()).isEqualTo(ChangeState.REVERTED);
        f.clock.advance(Duration.ofMinutes(11));
        assertThat(f.breaker.run()).as("a revert is not itself watched").isEmpty();
    }
}
