package com.mangaassist.threshold.changerequest.application;

import static com.mangaassist.threshold.testing.ChangeControlFixture.mlLead;
import static com.mangaassist.threshold.testing.ChangeControlFixture.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.ChangeKind;
import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.ChangeState;
import com.mangaassist.threshold.changerequest.domain.FeedbackTally;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import com.mangaassist.threshold.configuration.application.SeedDefaults;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.PromptStatus;
import com.mangaassist.threshold.configuration.domain.PromptVersion;
import com.mangaassist.threshold.testing.ChangeControlFixture;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeControlTest {

    private final ChangeControlFixture f = new ChangeControlFixture();

    @BeforeEach
    void seeded() {
        new SeedDefaults(f.thresholds, f.writer).seed();
    }

    private ChangeRequest proposeGeneral(String by, double autoRespondMin) {
        return f.proposeGeneral(by, autoRespondMin);
    }

    private ChangeRequest proposePrompt(String by) {
        return f.control.propose(new ProposeCommand(
                by,
                ChangeKind.PROMPT,
                Map.of(),
                Optional.of("answering-system"),
                Optional.of("You are MangaAssist. Be brief."),
                "shorter answers",
                OptionalDouble.of(10)));
    }

    @Test
    void aProposalKeepsTheUnchangedBoundsAndCarriesItsSimulation() {
        ChangeRequest request = proposeGeneral("eng-1", 0.95);

        assertThat(request.state()).isEqualTo(ChangeState.PROPOSED);
        ThresholdSet defaults = DefaultThresholds.of(TopicCategory.GENERAL);
        assertThat(request.thresholds())
                .containsEntry(
                        TopicCategory.GENERAL, new ThresholdSet(0.95, defaults.reviewMin(), defaults.handoffBelow()));
        assertThat(request.simulation()).contains("exceedsCapacity");
        assertThat(request.canaryPercent()).isEqualTo(5.0);
        assertThat(f.trail.actions()).contains("change-request:proposed");
        assertThat(f.thresholds.get(TopicCategory.GENERAL).active().thresholds())
                .isEqualTo(defaults);
    }

    @Test
    void boundsOutOfOrderAreRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> proposeGeneral("eng-1", 0.10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(f.requests.inState(ChangeState.PROPOSED, 10)).isEmpty();
    }

    @Test
    void theProposerNeverApprovesEvenAsAnMlLead() {
        ChangeRequest request = proposeGeneral("lead-1", 0.9);

        ChangeOutcome outcome = f.control.approve(request.id(), mlLead("lead-1"), "");

        assertThat(outcome)
                .isEqualTo(new ChangeOutcome.Refused(
                        "PROPOSER_CANNOT_APPROVE", "the proposer cannot decide their own change"));
        assertThat(f.trail.actions()).contains("change-request:approve:refused");
        assertThat(f.requests.find(request.id()).orElseThrow().state()).isEqualTo(ChangeState.PROPOSED);
    }

    @Test
    void aCategoryOwnerDecidesOnlyTheirCategories() {
        ChangeRequest request = proposeGeneral("eng-1", 0.9);

        ChangeOutcome stranger = f.control.approve(request.id(), owner("owner-rare", TopicCategory.RARE_MANGA), "");
        ChangeOutcome owner = f.control.approve(request.id(), owner("owner-catalog", TopicCategory.GENERAL), "ok");

        assertThat(stranger).isInstanceOf(ChangeOutcome.Refused.class);
        assertThat(((ChangeOutcome.Refused) stranger).code()).isEqualTo("NOT_CATEGORY_OWNER");
        assertThat(owner).isInstanceOf(ChangeOutcome.Done.class);
        assertThat(((ChangeOutcome.Done) owner).request().state()).isEqualTo(ChangeState.CANARY);
    }

    @Test
    void promptChangesNeedAnMlLead() {
        ChangeRequest request = proposePrompt("eng-1");

        ChangeOutcome outcome = f.control.approve(request.id(), owner("owner-catalog", TopicCategory.GENERAL), "");

        assertThat(((ChangeOutcome.Refused) outcome).code()).isEqualTo("ML_LEAD_REQUIRED");
    }

    @Test
    void approvalStartsTheCanaryForItsCohortAndDuration() {
        ChangeRequest request = proposeGeneral("eng-1", 0.9);

        ChangeRequest canary = ((ChangeOutcome.Done) f.control.approve(request.id(), mlLead("lead-1"), "go")).request();

        CategoryConfiguration general = f.thresholds.get(TopicCategory.GENERAL);
        assertThat(general.canary()).isPresent();
        assertThat(general.canary().get().percent()).isEqualTo(5.0);
        assertThat(general.canary().get().until()).isEqualTo(ChangeControlFixture.START.plus(Duration.ofHours(4)));
        assertThat(general.canary().get().thresholds().autoRespondMin()).isEqualTo(0.9);
        assertThat(general.canary().get().version()).isEqualTo(2);
        assertThat(general.active().version()).isEqualTo(1);
        assertThat(canary.approvedBy()).contains("lead-1");
        assertThat(canary.history())
                .extracting(t -> t.state())
                .containsExactly(ChangeState.PROPOSED, ChangeState.APPROVED, ChangeState.CANARY);
        assertThat(f.announcer.announced).contains("thresholds:general");
        assertThat(f.trail.actions()).contains("change-request:approved", "canary:started");
    }

    @Test
    void oneCanaryPerCategoryAtATime() {
        ChangeRequest first = proposeGeneral("eng-1", 0.9);
        ChangeRequest second = proposeGeneral("eng-2", 0.85);
        f.control.approve(first.id(), mlLead("lead-1"), "");

        ChangeOutcome outcome = f.control.approve(second.id(), mlLead("lead-1"), "");

        assertThat(((ChangeOutcome.Refused) outcome).code()).isEqualTo("CANARY_IN_PROGRESS");
    }

    @Test
    void aCanaryAtLeastAsGoodAsControlIsPromotedWhenItsTimeIsUp() {
        ChangeRequest request = proposeGeneral("eng-1", 0.78);
        f.control.approve(request.id(), mlLead("lead-1"), "");
        f.measures.routed(TopicCategory.GENERAL, "CANARY", new RoutingTally(900, 90, 10));
        f.measures.routed(TopicCategory.GENERAL, "ACTIVE", new RoutingTally(17_000, 2_600, 400));

        assertThat(f.evaluations.run()).isEmpty();
        f.clock.advance(Duration.ofHours(4));
        ChangeRequest done = f.evaluations.run().get(0);

        assertThat(done.state()).isEqualTo(ChangeState.PROMOTED);
        CategoryConfiguration general = f.thresholds.get(TopicCategory.GENERAL);
        assertThat(general.active().version()).isEqualTo(2);
        assertThat(general.active().thresholds().autoRespondMin()).isEqualTo(0.78);
        assertThat(general.active().changeRequestId()).isEqualTo(request.id());
        assertThat(general.canary()).isEmpty();
        assertThat(f.thresholds.history(TopicCategory.GENERAL)).hasSize(2);
        assertThat(done.evaluation().orElseThrow().comparisons().get(0).canaryAtLeastAsGood())
                .isTrue();
    }

    @Test
    void aWorseCanaryIsRevertedAndTheActiveVersionNeverMoves() {
        ChangeRequest request = proposeGeneral("eng-1", 0.95);
        f.control.approve(request.id(), mlLead("lead-1"), "");
        f.measures.routed(TopicCategory.GENERAL, "CANARY", new RoutingTally(550, 400, 50));
        f.measures.routed(TopicCategory.GENERAL, "ACTIVE", new RoutingTally(17_600, 2_000, 400));

        f.clock.advance(Duration.ofHours(4).plusSeconds(1));
        ChangeRequest done = f.evaluations.run().get(0);

        assertThat(done.state()).isEqualTo(ChangeState.REVERTED);
        assertThat(done.evaluation().orElseThrow().reason())
                .contains("general: canary escalation 0.450 above control 0.120");
        CategoryConfiguration general = f.thresholds.get(TopicCategory.GENERAL);
        assertThat(general.active().version()).isEqualTo(1);
        assertThat(general.canary()).isEmpty();
    }

    @Test
    void aCanaryWithTooFewTurnsIsNotEvidenceAndIsReverted() {
        ChangeRequest request = proposeGeneral("eng-1", 0.78);
        f.control.approve(request.id(), mlLead("lead-1"), "");
        f.measures.routed(TopicCategory.GENERAL, "CANARY", new RoutingTally(50, 5, 0));

        f.clock.advance(Duration.ofHours(5));
        ChangeRequest done = f.evaluations.run().get(0);

        assertThat(done.state()).isEqualTo(ChangeState.REVERTED);
        assertThat(done.evaluation().orElseThrow().reason()).contains("only 55 canary turns");
    }

    @Test
    void aPromptCanaryIsAVersionThatBecomesActiveOrIsRetired() {
        ChangeRequest request = proposePrompt("eng-1");
        f.control.approve(request.id(), mlLead("lead-1"), "");
        PromptVersion canary = f.prompts.versions("answering-system").get(0);
        assertThat(canary.status()).isEqualTo(PromptStatus.CANARY);
        assertThat(canary.version()).isEqualTo(1);
        assertThat(canary.canaryPercent()).contains(10.0);
        assertThat(f.announcer.announced).contains("prompt:answering-system");

        f.measures.feedback("answering-system@v1", new FeedbackTally(60, 10, 2));
        f.measures.feedback("answering-system@v0", new FeedbackTally(600, 150, 30));
        f.clock.advance(Duration.ofHours(48));
        ChangeRequest done = f.evaluations.run().get(0);

        assertThat(done.state()).isEqualTo(ChangeState.PROMOTED);
        assertThat(f.prompts.active("answering-system").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aRejectedProposalNeverReachesTheConfiguration() {
        ChangeRequest request = proposeGeneral("eng-1", 0.95);

        ChangeOutcome outcome = f.control.reject(request.id(), mlLead("lead-1"), "too risky");

        assertThat(((ChangeOutcome.Done) outcome).request().state()).isEqualTo(ChangeState.REJECTED);
        assertThat(f.thresholds.get(TopicCategory.GENERAL).canary()).isEmpty();
        assertThat(f.control.approve(request.id(), mlLead("lead-2"), "")).isInstanceOf(ChangeOutcome.Refused.class);
    }
}
