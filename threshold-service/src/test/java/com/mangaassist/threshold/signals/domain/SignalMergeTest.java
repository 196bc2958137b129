package com.mangaassist.threshold.signals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalMergeTest {

    static final Instant NOW = Instant.parse("2026-11-28T11:15:00Z");

    final SignalMerge merge = SignalMerge.withDefaultMaxAge();

    /** A snapshot builder: one review-queue instance's report. */
    static final class Snapshot {
        private final String instance;
        private Instant at = NOW.minusSeconds(5);
        private final Map<Priority, PriorityLoad> loads = new EnumMap<>(Priority.class);
        private int active = 2;
        private int minimum = 3;
        private final Map<String, Double> throughput = new HashMap<>();
        private double approvedUnchanged = 0.7;

        Snapshot(String instance) {
            this.instance = instance;
        }

        Snapshot ageSeconds(long seconds) {
            at = NOW.minusSeconds(seconds);
            return this;
        }

        Snapshot at(Instant instant) {
            at = instant;
            return this;
        }

        Snapshot load(Priority priority, long depth, long oldest, double arrivals, double completions) {
            loads.put(priority, new PriorityLoad(depth, oldest, arrivals, completions));
            return this;
        }

        Snapshot reviewers(int activeReviewers, int minimumStaffing) {
            active = activeReviewers;
            minimum = minimumStaffing;
            return this;
        }

        Snapshot throughput(String reviewer, double perHour) {
            throughput.put(reviewer, perHour);
            return this;
        }

        Snapshot approvedUnchanged(double rate) {
            approvedUnchanged = rate;
            return this;
        }

        ReviewSnapshot build() {
            return new ReviewSnapshot(instance, at, loads, active, minimum, throughput, approvedUnchanged);
        }
    }

    static Snapshot instance(String id) {
        return new Snapshot(id);
    }

    @Test
    void withoutSnapshotsThereAreNoSignals() {
        assertThat(merge.merge(List.of(), NOW)).isEmpty();
    }

    @Test
    void aSnapshotSixtySecondsOldIsStaleAndOneSecondYoungerCounts() {
        ReviewSnapshot sixty =
                instance("rq-a").ageSeconds(60).load(Priority.P1, 9, 30, 1, 1).build();
        ReviewSnapshot fiftyNine =
                instance("rq-b").ageSeconds(59).load(Priority.P1, 4, 20, 1, 1).build();

        assertThat(merge.merge(List.of(sixty), NOW)).isEmpty();
        assertThat(merge.merge(List.of(sixty, fiftyNine), NOW).orElseThrow().depth())
                .isEqualTo(4);
    }

    @Test
    void aSnapshotFromFurtherAheadThanTheMaximumAgeIsNotTrusted() {
        ReviewSnapshot skewed = instance("rq-skewed").at(NOW.plusSeconds(61)).build();
        ReviewSnapshot slightlyAhead =
                instance("rq-ahead").at(NOW.plusSeconds(2)).build();

        assertThat(merge.merge(List.of(skewed), NOW)).isEmpty();
        assertThat(merge.merge(List.of(slightlyAhead), NOW)).isPresent();
    }

    @Test
    void depthAndOldestAgeComeFromTheFreshestSnapshotAndRatesAddUp() {
        ReviewSnapshot older = instance("rq-a")
                .ageSeconds(14)
                .load(Priority.P1, 10, 470, 2.0, 0.5)
                .load(Priority.P3, 150, 300, 20.0, 4.0)
                .build();
        ReviewSnapshot fresher = instance("rq-b")
                .ageSeconds(2)
                .load(Priority.P1, 12, 480, 1.2, 0.5)
                .load(Priority.P3, 205, 290, 16.8, 3.4)
                .build();

        CapacitySignals merged = merge.merge(List.of(older, fresher), NOW).orElseThrow();

        assertThat(merged.at()).isEqualTo(NOW.minusSeconds(2));
        PriorityLoad p1 = merged.perPriority().get(Priority.P1);
        assertThat(p1.depth()).isEqualTo(12);
        assertThat(p1.oldestAgeSeconds()).isEqualTo(480);
        assertThat(p1.arrivalsPerMinute()).isCloseTo(3.2, offset(1e-9));
        assertThat(p1.completionsPerMinute()).isCloseTo(1.0, offset(1e-9));
        PriorityLoad p3 = merged.perPriority().get(Priority.P3);
        assertThat(p3.depth()).isEqualTo(205);
        assertThat(p3.arrivalsPerMinute()).isCloseTo(36.8, offset(1e-9));
        assertThat(merged.depth()).isEqualTo(217);
        assertThat(merged.arrivalsPerMinute()).isCloseTo(40.0, offset(1e-9));
        assertThat(merged.perPriority().get(Priority.P2)).isEqualTo(PriorityLoad.EMPTY);
    }

    @Test
    void staffingAndApprovedShareComeFromTheFreshestSnapshot() {
        ReviewSnapshot older = instance("rq-a")
                .ageSeconds(20)
                .reviewers(5, 3)
                .approvedUnchanged(0.9)
                .build();
        ReviewSnapshot fresher = instance("rq-b")
                .ageSeconds(1)
                .reviewers(2, 3)
                .approvedUnchanged(0.71)
                .build();

        CapacitySignals merged = merge.merge(List.of(fresher, older), NOW).orElseThrow();

        assertThat(merged.activeReviewers()).isEqualTo(2);
        assertThat(merged.minimumStaffing()).isEqualTo(3);
        assertThat(merged.approvedUnchangedRate()).isEqualTo(0.71);
    }

    @Test
    void throughputIsTheMeanOverEveryReviewerWithEachReviewersRatesSummedAcrossInstances() {
        ReviewSnapshot a =
                instance("rq-a").throughput("ana", 60.0).throughput("ben", 30.0).build();
        ReviewSnapshot b =
                instance("rq-b").throughput("ana", 20.0).throughput("cho", 40.0).build();

        CapacitySignals merged = merge.merge(List.of(a, b), NOW).orElseThrow();

        // ana 80, ben 30, cho 40
        assertThat(merged.reviewsPerReviewerPerHour()).isCloseTo(50.0, offset(1e-9));
        assertThat(merged.capacityPerHour(10)).isCloseTo(2 * 50.0, offset(1e-9));
    }

    @Test
    void aStaleSnapshotAddsNeitherRatesNorReviewers() {
        ReviewSnapshot fresh = instance("rq-a")
                .load(Priority.P2, 3, 40, 1.0, 1.0)
                .throughput("ana", 30.0)
                .build();
        ReviewSnapshot stale = instance("rq-gone")
                .ageSeconds(300)
                .load(Priority.P2, 90, 900, 50.0, 50.0)
                .throughput("zed", 500.0)
                .build();

        CapacitySignals merged = merge.merge(List.of(fresh, stale), NOW).orElseThrow();

        assertThat(merged.perPriority().get(Priority.P2)).isEqualTo(new PriorityLoad(3, 40, 1.0, 1.0));
        assertThat(merged.reviewsPerReviewerPerHour()).isEqualTo(30.0);
    }

    @Test
    void nobodyDecidingAnythingMeasuresZeroThroughput() {
        CapacitySignals merged =
                merge.merge(List.of(instance("rq-a").build()), NOW).orElseThrow();

        assertThat(merged.reviewsPerReviewerPerHour()).isZero();
    }

    @Test
    void equallyFreshSnapshotsResolveTheSameWayWhateverTheirOrder() {
        ReviewSnapshot a =
                instance("rq-a").ageSeconds(3).load(Priority.P4, 7, 10, 0, 0).build();
        ReviewSnapshot b =
                instance("rq-b").ageSeconds(3).load(Priority.P4, 8, 11, 0, 0).build();

        assertThat(merge.merge(List.of(a, b), NOW)).isEqualTo(merge.merge(List.of(b, a), NOW));
        assertThat(merge.merge(List.of(a, b), NOW).orElseThrow().depth()).isEqualTo(8);
    }

    @Test
    void aLongerMaximumAgeKeepsOlderSnapshots() {
        ReviewSnapshot ninety = instance("rq-a").ageSeconds(90).build();

        assertThat(new SignalMerge(Duration.ofMinutes(2)).merge(List.of(ninety), NOW))
                .isPresent();
        assertThatThrownBy(() -> new SignalMerge(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSnapshotWithNumbersOutOfRangeIsRefused() {
        assertThatThrownBy(() -> instance("rq-a").approvedUnchanged(1.2).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> instance("rq-a").reviewers(-1, 3).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> instance("rq-a").throughput("ana", Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
