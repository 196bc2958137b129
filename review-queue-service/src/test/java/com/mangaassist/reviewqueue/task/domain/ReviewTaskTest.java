package com.mangaassist.reviewqueue.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewTaskTest {

    static final Instant T0 = Instant.parse("2026-11-28T11:00:00Z");
    static final ReviewSlaPolicy SLA = new ReviewSlaPolicy(Map.of(
            Priority.P1, Duration.ofSeconds(60),
            Priority.P2, Duration.ofSeconds(120),
            Priority.P3, Duration.ofSeconds(180),
            Priority.P4, Duration.ofSeconds(300)));
    static final LeasePolicy LEASE = new LeasePolicy(Duration.ofSeconds(90), 3);

    static ReviewTask task(Priority priority) {
        return ReviewTask.newReview(
                new TaskContent("m-1", "s-1", "u-1", TopicCategory.GENERAL, 0.6, 0.55, "q", "draft", "ja"),
                priority,
                T0,
                SLA,
                T0.plusSeconds(300),
                TaskToken.of("secret-token"));
    }

    @Test
    void slaDueAtIsCreatedAtPlusThePrioritysSla() {
        assertThat(task(Priority.P1).slaDueAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(task(Priority.P2).slaDueAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(task(Priority.P1).slaBreachedAt(T0.plusSeconds(60))).isFalse();
        assertThat(task(Priority.P1).slaBreachedAt(T0.plusSeconds(61))).isTrue();
    }

    @Test
    void slaPolicyRefusesALowerPriorityWithAShorterSla() {
        assertThatThrownBy(() -> new ReviewSlaPolicy(Map.of(
                        Priority.P1, Duration.ofSeconds(60),
                        Priority.P2, Duration.ofSeconds(30),
                        Priority.P3, Duration.ofSeconds(180),
                        Priority.P4, Duration.ofSeconds(300))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claimLeasesTheTaskForTheLeaseDurationAndRenewExtendsFromNow() {
        ReviewTask claimed = task(Priority.P2).claimedBy("r-1", T0.plusSeconds(10), LEASE);

        assertThat(claimed.status()).isEqualTo(TaskStatus.CLAIMED);
        assertThat(claimed.claim().leaseExpiresAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(claimed.leaseExpired(T0.plusSeconds(99))).isFalse();
        assertThat(claimed.leaseExpired(T0.plusSeconds(100))).isTrue();
        ReviewTask renewed = claimed.renewed(T0.plusSeconds(80), LEASE);
        assertThat(renewed.claim().leaseExpiresAt()).isEqualTo(T0.plusSeconds(170));
        assertThat(renewed.version()).isEqualTo(claimed.version() + 1);
    }

    @Test
    void thirdLeaseExpiryMovesTheTaskToTheSeniorPool() {
        ReviewTask task = task(Priority.P2);
        for (int i = 0; i < 2; i++) {
            task = task.claimedBy("r-" + i, T0, LEASE).leaseLapsed(LEASE);
            assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        }
        task = task.claimedBy("r-3", T0, LEASE).leaseLapsed(LEASE);

        assertThat(task.reassignCount()).isEqualTo(3);
        assertThat(task.status()).isEqualTo(TaskStatus.SENIOR_PENDING);
        assertThat(task.seniorPool()).isTrue();
        assertThat(task.claimedBy("senior", T0, LEASE).released().status()).isEqualTo(TaskStatus.SENIOR_PENDING);
    }

    @Test
    void releaseCountsNoReassignment() {
        ReviewTask released = task(Priority.P2).claimedBy("r-1", T0, LEASE).released();

        assertThat(released.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(released.reassignCount()).isZero();
        assertThat(released.claim()).isNull();
    }

    @Test
    void workflowDeadlineIsCreatedAtPlusTimeout() {
        assertThat(task(Priority.P3).workflowDeadlinePassed(T0.plusSeconds(299)))
                .isFalse();
        assertThat(task(Priority.P3).workflowDeadlinePassed(T0.plusSeconds(300)))
                .isTrue();
    }

    @Test
    void theTokenNeverAppearsInToString() {
        ReviewTask task = task(Priority.P1);

        assertThat(task.toString()).doesNotContain("secret-token");
        assertThat(task.token().toString()).doesNotContain("secret-token");
        assertThat(task.content().toString()).doesNotContain("secret-token");
    }

    @Test
    void priorityCreatedKeysSortP1FirstThenOldestFirst() {
        List<String> keys = new ArrayList<>(List.of(
                "P3#" + SortableTime.format(T0),
                "P1#" + SortableTime.format(T0.plusMillis(500)),
                "P1#" + SortableTime.format(T0),
                "P2#" + SortableTime.format(T0.minusSeconds(600))));
        Collections.sort(keys);

        assertThat(keys)
                .containsExactly(
                        "P1#2026-11-28T11:00:00.000Z",
                        "P1#2026-11-28T11:00:00.500Z",
                        "P2#2026-11-28T10:50:00.000Z",
                        "P3#2026-11-28T11:00:00.000Z");
    }
}
