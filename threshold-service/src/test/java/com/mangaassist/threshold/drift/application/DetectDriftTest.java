package com.mangaassist.threshold.drift.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.paging.RecordedPager;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.ThresholdVersion;
import com.mangaassist.threshold.drift.domain.DriftReport;
import com.mangaassist.threshold.drift.domain.ThresholdDrift;
import com.mangaassist.threshold.testing.InMemoryThresholdStore;
import com.mangaassist.threshold.testing.RecordingTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetectDriftTest {

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");
    private static final ThresholdSet WRITTEN = new ThresholdSet(0.85, 0.55, 0.30);
    private static final ThresholdSet CARELESS = new ThresholdSet(0.95, 0.55, 0.30);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryThresholdStore store = new InMemoryThresholdStore();
    private final RecordingTrail trail = new RecordingTrail();
    private final RecordedPager pager = new RecordedPager();
    private final int[] gauge = {-1};
    private DetectDrift drift;

    @BeforeEach
    void written() {
        drift = detector();
        for (TopicCategory category : List.of(TopicCategory.GENERAL, TopicCategory.AVAILABILITY)) {
            ThresholdVersion v3 = version(category, 3, WRITTEN, "lead-1");
            store.record(v3);
            store.write(new CategoryConfiguration(category, v3, Optional.empty(), List.of(), 0));
        }
    }

    @Test
    void aTableThatHoldsWhatWasWrittenHasNoDrift() {
        DriftReport report = drift.run();

        assertThat(report.drifted()).isEmpty();
        assertThat(gauge[0]).isZero();
        assertThat(trail.actions()).isEmpty();
        assertThat(pager.recent()).isEmpty();
    }

    @Test
    void anItemWrittenPastChangeControlIsDriftAuditedAndPagedOncePerEpisode() {
        carelessWrite(TopicCategory.AVAILABILITY);

        DriftReport first = drift.run();
        clock.advance(Duration.ofSeconds(30));
        DriftReport second = drift.run();

        assertThat(first.drifted()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(TopicCategory.AVAILABILITY);
            assertThat(d.version()).isEqualTo(3);
            assertThat(d.expected()).isEqualTo(WRITTEN);
            assertThat(d.found()).isEqualTo(CARELESS);
            assertThat(d.updatedBy()).isEqualTo("careless-engineer");
            assertThat(d.since()).isEqualTo(NOW);
        });
        assertThat(second.drifted()).extracting(ThresholdDrift::since).containsExactly(NOW);
        assertThat(gauge[0]).isEqualTo(1);
        assertThat(trail.actions()).containsExactly("drift:detected");
        assertThat(trail.entries.get(0).category()).isEqualTo("availability");
        assertThat(trail.entries.get(0).before()).contains("0.85");
        assertThat(trail.entries.get(0).after()).contains("0.95");
        assertThat(pager.recent())
                .singleElement()
                .satisfies(page ->
                        assertThat(page.message()).contains("availability").contains("revert-thresholds"));
        assertThat(drift.latest()).contains(second);
    }

    @Test
    void aRevertWrittenAsANewVersionEndsTheEpisode() {
        carelessWrite(TopicCategory.GENERAL);
        drift.run();

        ThresholdVersion v4 = version(TopicCategory.GENERAL, 4, WRITTEN, "revert");
        store.record(v4);
        CategoryConfiguration current = store.get(TopicCategory.GENERAL);
        store.write(current.withActive(v4));
        clock.advance(Duration.ofSeconds(30));
        DriftReport after = drift.run();

        assertThat(after.drifted()).isEmpty();
        assertThat(gauge[0]).isZero();
        assertThat(trail.actions()).containsExactly("drift:detected", "drift:cleared");
        assertThat(pager.recent()).hasSize(1);
    }

    @Test
    void anItemWithoutARecordedVersionIsNotJudged() {
        ThresholdVersion unrecorded = version(TopicCategory.REFUND, 7, CARELESS, "legacy");
        store.write(new CategoryConfiguration(TopicCategory.REFUND, unrecorded, Optional.empty(), List.of(), 0));

        assertThat(drift.run().drifted()).isEmpty();
    }

    @Test
    void aRestartedCheckReadsTheOpenEpisodeFromTheTrailAndNeitherPagesAgainNorMissesItsEnd() {
        carelessWrite(TopicCategory.AVAILABILITY);
        drift.run();

        // a new instance (a restart, or the lease moving) with nothing in memory
        clock.advance(Duration.ofMinutes(10));
        DetectDrift restarted = detector();
        DriftReport after = restarted.run();

        assertThat(after.drifted()).extracting(ThresholdDrift::since).containsExactly(NOW);
        assertThat(trail.actions()).containsExactly("drift:detected");
        assertThat(pager.recent()).hasSize(1);

        // the revert seen by the new instance ends the episode it never saw start
        ThresholdVersion v4 = version(TopicCategory.AVAILABILITY, 4, WRITTEN, "revert");
        store.record(v4);
        store.write(store.get(TopicCategory.AVAILABILITY).withActive(v4));
        clock.advance(Duration.ofSeconds(30));
        restarted.run();
        assertThat(trail.actions()).containsExactly("drift:detected", "drift:cleared");
        assertThat(trail.entries.get(1).before()).contains("0.95");

        // the first instance gets the lease back with a stale memory: it reads the trail again, nothing repeats
        clock.advance(Duration.ofMinutes(5));
        drift.run();
        assertThat(trail.actions()).containsExactly("drift:detected", "drift:cleared");
    }

    @Test
    void anEpisodeOlderThanTheLookbackIsAuditedAndPagedOnceMoreAsAReminder() {
        carelessWrite(TopicCategory.GENERAL);
        drift.run();

        clock.advance(DetectDrift.LOOKBACK.plusMinutes(1));
        detector().run();

        assertThat(trail.actions()).containsExactly("drift:detected", "drift:detected");
        assertThat(pager.recent()).hasSize(2);
    }

    private DetectDrift detector() {
        return new DetectDrift(
                store, new Auditor(trail, clock), trail, pager, n -> gauge[0] = n, Duration.ofSeconds(90), clock);
    }

    private void carelessWrite(TopicCategory category) {
        CategoryConfiguration current = store.get(category);
        ThresholdVersion same = current.active();
        ThresholdVersion tampered =
                new ThresholdVersion(category, same.version(), CARELESS, same.createdAt(), "careless-engineer", "", "");
        store.write(current.withActive(tampered));
    }

    private static ThresholdVersion version(TopicCategory category, long n, ThresholdSet set, String by) {
        return new ThresholdVersion(category, n, set, NOW.minus(Duration.ofDays(1)), by, "", "");
    }
}
