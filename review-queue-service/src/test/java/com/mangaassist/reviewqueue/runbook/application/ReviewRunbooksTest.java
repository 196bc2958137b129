package com.mangaassist.reviewqueue.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.common.runbook.AuditEntry;
import com.mangaassist.common.runbook.IdempotencyKeyReusedException;
import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.testing.InMemoryRunbookResults;
import com.mangaassist.model.delivery.DeliveryKind;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.presence.domain.StaffingPolicy;
import com.mangaassist.reviewqueue.runbook.domain.BulkApprovePolicy;
import com.mangaassist.reviewqueue.task.domain.OutcomeKind;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.InMemoryRoster;
import com.mangaassist.reviewqueue.testing.Requests;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewRunbooksTest {

    final Desk d = new Desk();
    final List<AuditEntry> audit = new ArrayList<>();
    final Map<String, RunbookResult> stored = new HashMap<>();
    final ReviewerPresence presence = new ReviewerPresence(
            new InMemoryRoster(),
            d.tasks,
            new StaffingPolicy(
                    Duration.ofSeconds(120), ZoneId.of("Asia/Tokyo"), LocalTime.of(19, 0), LocalTime.of(23, 0), 3, 2),
            d.clock);
    final ReviewRunbooks runbooks = new ReviewRunbooks(
            d.tasks,
            d.sweeps,
            d.completion,
            presence,
            d.pager,
            audit::add,
            new InMemoryRunbookResults(),
            d.sla,
            new BulkApprovePolicy(0.7, Set.of(TopicCategory.GENERAL, TopicCategory.AVAILABILITY), 500),
            d.clock);

    RunbookCommand dry() {
        return new RunbookCommand("oncall-1", "scenario 1: queue 217 deep", true, null);
    }

    RunbookCommand real(String key) {
        return new RunbookCommand("oncall-1", "scenario 1: queue 217 deep", false, key);
    }

    void queue(String id, Priority priority, TopicCategory topic, double confidence) {
        d.intake.accept(Requests.review(id, priority, topic, confidence, Desk.START, 900));
    }

    @Test
    void bulkApproveDryRunCountsOnlySafeConfidentTasksAndChangesNothing() {
        queue("g-high", Priority.P3, TopicCategory.GENERAL, 0.8);
        queue("g-low", Priority.P3, TopicCategory.GENERAL, 0.6);
        queue("refund", Priority.P1, TopicCategory.REFUND, 0.95);
        queue("rare", Priority.P2, TopicCategory.RARE_MANGA, 0.9);

        RunbookResult result = runbooks.bulkApprove(dry(), 0.75, Set.of());

        assertThat(result.ids()).containsExactly("rt-g-high");
        assertThat(result.changed()).isZero();
        assertThat(d.workflow.completed()).isEmpty();
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.dryRun()).isTrue();
            assertThat(e.action()).isEqualTo("review-queue:bulk-approve");
            assertThat(e.reason()).contains("217");
        });
    }

    @Test
    void bulkApproveDeliversWithTheDisclaimerAndRecordsNoJudgement() {
        queue("g-high", Priority.P3, TopicCategory.GENERAL, 0.8);

        RunbookResult result = runbooks.bulkApprove(real(null), 0.7, Set.of(TopicCategory.GENERAL));

        assertThat(result.changed()).isEqualTo(1);
        assertThat(d.workflow.completed().get("token-g-high").kind()).isEqualTo(DeliveryKind.DELAYED);
        assertThat(d.tasks.find("rt-g-high").orElseThrow().status()).isEqualTo(TaskStatus.AUTO_DELIVERED);
        assertThat(d.outcomes.all()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(OutcomeKind.TIMED_OUT);
            assertThat(o.detail()).isEqualTo("BULK_APPROVED");
        });
    }

    @Test
    void bulkApproveNeverTouchesProtectedTopicsOrGoesBelowTheFloor() {
        assertThatThrownBy(() -> runbooks.bulkApprove(dry(), 0.5, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runbooks.bulkApprove(dry(), 0.8, Set.of(TopicCategory.REFUND)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runbooks.bulkApprove(dry(), 0.8, Set.of(TopicCategory.RARE_MANGA)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BulkApprovePolicy(0.7, Set.of(TopicCategory.LEGAL), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reprioritiseRaisesMatchingTasksAndRecomputesTheirSla() {
        queue("order", Priority.P3, TopicCategory.ORDER_STATUS, 0.6);
        queue("general", Priority.P3, TopicCategory.GENERAL, 0.6);
        queue("p1", Priority.P1, TopicCategory.ORDER_STATUS, 0.6);

        RunbookResult result = runbooks.reprioritise(
                real("k-1"), Priority.P1, Set.of(TopicCategory.ORDER_STATUS), Optional.of(Duration.ZERO));

        assertThat(result.ids()).containsExactly("rt-order");
        assertThat(d.tasks.find("rt-order").orElseThrow().priority()).isEqualTo(Priority.P1);
        assertThat(d.tasks.find("rt-order").orElseThrow().slaDueAt()).isEqualTo(Desk.START.plusSeconds(60));
        assertThat(d.desk.next(new Reviewer("r", false))).map(t -> t.taskId()).contains("rt-order");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstResult() {
        queue("order", Priority.P3, TopicCategory.ORDER_STATUS, 0.6);
        RunbookResult first = runbooks.reprioritise(real("k-1"), Priority.P2, Set.of(), Optional.empty());
        queue("later", Priority.P3, TopicCategory.ORDER_STATUS, 0.6);

        RunbookResult again = runbooks.reprioritise(real("k-1"), Priority.P2, Set.of(), Optional.empty());

        assertThat(again.replayed()).isTrue();
        assertThat(again.ids()).isEqualTo(first.ids());
        assertThat(d.tasks.find("rt-later").orElseThrow().priority()).isEqualTo(Priority.P3);
        assertThatThrownBy(() -> runbooks.drainTimedOut(real("k-1"))).isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void autoDeliverAgedNowUsesTheGivenAge() {
        queue("p3", Priority.P3, TopicCategory.GENERAL, 0.6);
        queue("p2", Priority.P2, TopicCategory.GENERAL, 0.6);
        d.clock.advance(Duration.ofSeconds(120));

        RunbookResult result = runbooks.autoDeliverAged(real(null), Duration.ofSeconds(60));

        assertThat(result.ids()).containsExactly("rt-p3");
        assertThat(d.tasks.find("rt-p3").orElseThrow().status()).isEqualTo(TaskStatus.AUTO_DELIVERED);
        assertThat(d.tasks.find("rt-p2").orElseThrow().status()).isEqualTo(TaskStatus.PENDING);
    }

    @Test
    void pagingBackupReviewersPagesOnlyForReal() {
        runbooks.pageBackupReviewers(dry(), "20:00 shift gap");
        assertThat(d.pager.recent()).isEmpty();

        runbooks.pageBackupReviewers(real(null), "20:00 shift gap");
        assertThat(d.pager.recent())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("20:00 shift gap"));
        assertThat(audit).hasSize(2);
    }

    @Test
    void forceCheckOutGoesBelowMinimumAndIsAudited() {
        presence.checkIn(new Reviewer("alice", false));

        RunbookResult result = runbooks.forceCheckOut(real(null), "alice");

        assertThat(result.changed()).isEqualTo(1);
        assertThat(presence.find("alice").orElseThrow().checkedIn()).isFalse();
        assertThat(audit)
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("review-queue:force-check-out"));
    }

    @Test
    void aReasonIsRequired() {
        assertThatThrownBy(() -> new RunbookCommand("o", " ", true, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
