package com.mangaassist.orchestrator.routing.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdChange;
import com.mangaassist.orchestrator.routing.domain.ThresholdChangeOutcome;
import com.mangaassist.orchestrator.routing.domain.ThresholdChanges;
import com.mangaassist.orchestrator.routing.domain.ThresholdsChanged;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedDefaultThresholdsTest {

    private static final Instant T0 = Instant.parse("2026-11-28T11:00:00Z");

    private final InMemoryThresholdChanges changes = new InMemoryThresholdChanges();
    private final List<ThresholdsChanged> announced = new ArrayList<>();
    private final SeedDefaultThresholds seed = new SeedDefaultThresholds(changes, announced::add);

    @Test
    void everyTopicIsSeededAsVersionOneWithItsDefaultAndTheChangeIsAnnouncedOnce() {
        List<TopicCategory> seeded = seed.seed(new SeedDefaultThresholdsCommand("ops"));

        assertThat(seeded).containsExactly(TopicCategory.values());
        for (TopicCategory topic : TopicCategory.values()) {
            TopicThresholds stored = changes.stored.get(topic);
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.thresholds()).isEqualTo(DefaultThresholds.of(topic));
            assertThat(stored.updatedBy()).isEqualTo("ops");
        }
        assertThat(announced).containsExactly(ThresholdsChanged.all());
    }

    @Test
    void seedingAgainChangesAndAnnouncesNothing() {
        seed.seed(new SeedDefaultThresholdsCommand("ops"));
        announced.clear();

        assertThat(seed.seed(new SeedDefaultThresholdsCommand("ops"))).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void aTopicThatAlreadyHasThresholdsKeepsThem() {
        ThresholdSet tuned = new ThresholdSet(0.9, 0.6, 0.1);
        changes.apply(new ThresholdChange(TopicCategory.REFUND, tuned, 0, "ml-lead"));

        List<TopicCategory> seeded = seed.seed(new SeedDefaultThresholdsCommand("ops"));

        assertThat(seeded).doesNotContain(TopicCategory.REFUND).hasSize(TopicCategory.values().length - 1);
        assertThat(changes.stored.get(TopicCategory.REFUND).thresholds()).isEqualTo(tuned);
    }

    /** Optimistic versions as the DynamoDB adapter does them, in a map. */
    private static final class InMemoryThresholdChanges implements ThresholdChanges {

        private final Map<TopicCategory, TopicThresholds> stored = new EnumMap<>(TopicCategory.class);

        @Override
        public ThresholdChangeOutcome apply(ThresholdChange change) {
            TopicThresholds current = stored.get(change.topic());
            long currentVersion = current == null ? 0 : current.version();
            if (currentVersion != change.basedOnVersion()) {
                return new ThresholdChangeOutcome.Stale(change.topic(), change.basedOnVersion());
            }
            TopicThresholds next = new TopicThresholds(
                    change.topic(), change.thresholds(), change.nextVersion(), T0, change.changedBy());
            stored.put(change.topic(), next);
            return new ThresholdChangeOutcome.Applied(next);
        }
    }
}
