package com.mangaassist.orchestrator.followup.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.review.ReviewExecutionInput;
import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.ModelUsage;
import com.mangaassist.orchestrator.answering.domain.PromptVariant;
import com.mangaassist.orchestrator.answering.domain.TurnRecord;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.followup.domain.DeliveryPromise;
import com.mangaassist.orchestrator.followup.domain.PromiseOutcome;
import com.mangaassist.orchestrator.followup.domain.ReviewSchedule;
import com.mangaassist.orchestrator.followup.domain.WorkflowStart;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpTurnTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-28T11:00:00Z");

    private final List<DeliveryPromise> promises = new ArrayList<>();
    private final List<ReviewExecutionInput> started = new ArrayList<>();
    private final List<ReviewRequest> handoffs = new ArrayList<>();
    private final FollowUpTurn followUp = new FollowUpTurn(
            promise -> {
                boolean first = promises.stream().noneMatch(p -> p.messageId().equals(promise.messageId()));
                promises.add(promise);
                return first ? new PromiseOutcome.Made() : new PromiseOutcome.AlreadyMade();
            },
            input -> {
                started.add(input);
                return new WorkflowStart.Started();
            },
            handoffs::add,
            new ReviewSchedule(timeouts(), Duration.ofSeconds(60), Duration.ofMinutes(5)));

    @Test
    void reviewPromiseIsDueFiveMinutesAfterTheTurnAndCarriesTheDraft() {
        Optional<PromiseOutcome> outcome = followUp.beforeReply(turn(), record(RouteDecision.REVIEW, "draft"));

        assertThat(outcome).containsInstanceOf(PromiseOutcome.Made.class);
        assertThat(promises).singleElement().satisfies(p -> {
            assertThat(p.messageId()).isEqualTo("m-1");
            assertThat(p.connectionId()).isEqualTo("conn-1");
            assertThat(p.dueAt()).isEqualTo(RECEIVED.plus(Duration.ofMinutes(5)));
            assertThat(p.draft()).isEqualTo("draft");
            assertThat(p.lang()).isEqualTo("ja");
        });
        assertThat(started).as("nothing starts before the reply is posted").isEmpty();
    }

    @Test
    void reviewStartsTheWorkflowWithThePriorityTimeoutAndBothScores() {
        FollowUpTurn.FollowUp done = followUp.afterReply(turn(), record(RouteDecision.REVIEW, "draft"));

        assertThat(done).isEqualTo(new FollowUpTurn.FollowUp.Review(new WorkflowStart.Started()));
        assertThat(started).singleElement().satisfies(input -> {
            assertThat(input.messageId()).isEqualTo("m-1");
            assertThat(input.priority()).isEqualTo(Priority.P1);
            assertThat(input.timeoutSeconds()).isEqualTo(120);
            assertThat(input.heartbeatSeconds()).isEqualTo(60);
            assertThat(input.confidence()).isEqualTo(0.55);
            assertThat(input.rawScore()).isEqualTo(0.5);
            assertThat(input.question()).isEqualTo("返金してください");
            assertThat(input.createdAt()).isEqualTo(RECEIVED.toString());
        });
        assertThat(handoffs).isEmpty();
    }

    @Test
    void heartbeatIsNeverLongerThanTheTimeout() {
        Map<Priority, Duration> shortTimeouts = new EnumMap<>(timeouts());
        shortTimeouts.put(Priority.P1, Duration.ofSeconds(5));
        ReviewSchedule schedule = new ReviewSchedule(shortTimeouts, Duration.ofSeconds(60), Duration.ofMinutes(5));

        assertThat(schedule.heartbeatSeconds(Priority.P1)).isEqualTo(5);
    }

    @Test
    void anEmptyDraftBecomesAnHonestHoldingAnswer() {
        followUp.beforeReply(turn(), record(RouteDecision.REVIEW, ""));

        assertThat(promises.get(0).draft()).isEqualTo(FollowUpTurn.NO_DRAFT);
    }

    @Test
    void handoffIsQueuedWithoutATokenAndWithoutAPromise() {
        assertThat(followUp.beforeReply(turn(), record(RouteDecision.HANDOFF, "draft")))
                .isEmpty();
        FollowUpTurn.FollowUp done = followUp.afterReply(turn(), record(RouteDecision.HANDOFF, "draft"));

        assertThat(done).isInstanceOf(FollowUpTurn.FollowUp.HandedOff.class);
        assertThat(promises).isEmpty();
        assertThat(handoffs).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReviewRequestKind.HANDOFF);
            assertThat(r.taskToken()).isNull();
            assertThat(r.messageId()).isEqualTo("m-1");
        });
    }

    @Test
    void autoResponseNeedsNoFollowUp() {
        assertThat(followUp.beforeReply(turn(), record(RouteDecision.AUTO_RESPOND, "a")))
                .isEmpty();
        assertThat(followUp.afterReply(turn(), record(RouteDecision.AUTO_RESPOND, "a")))
                .isInstanceOf(FollowUpTurn.FollowUp.None.class);
        assertThat(promises).isEmpty();
        assertThat(started).isEmpty();
        assertThat(handoffs).isEmpty();
    }

    private static Map<Priority, Duration> timeouts() {
        Map<Priority, Duration> timeouts = new EnumMap<>(Priority.class);
        timeouts.put(Priority.P1, Duration.ofSeconds(120));
        timeouts.put(Priority.P2, Duration.ofSeconds(300));
        timeouts.put(Priority.P3, Duration.ofSeconds(300));
        timeouts.put(Priority.P4, Duration.ofSeconds(300));
        return timeouts;
    }

    private static CustomerTurn turn() {
        return new CustomerTurn("m-1", "s-1", "u-1", "conn-1", "c-1", "返金してください", Language.JA, RECEIVED);
    }

    private static TurnRecord record(RouteDecision decision, String draft) {
        return new TurnRecord(
                TopicCategory.REFUND,
                0.9,
                Optional.empty(),
                0.5,
                0.55,
                Map.of(),
                decision,
                decision == RouteDecision.REVIEW ? Optional.of(Priority.P1) : Optional.empty(),
                "reason",
                draft,
                List.of(),
                "answered",
                ModelUsage.none("local"),
                3,
                "v1",
                PromptVariant.ACTIVE,
                1,
                ThresholdVariant.ACTIVE,
                Optional.empty());
    }
}
