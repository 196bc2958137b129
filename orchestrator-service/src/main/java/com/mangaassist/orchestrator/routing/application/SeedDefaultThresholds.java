package com.mangaassist.orchestrator.routing.application;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdAnnouncer;
import com.mangaassist.orchestrator.routing.domain.ThresholdChange;
import com.mangaassist.orchestrator.routing.domain.ThresholdChangeOutcome;
import com.mangaassist.orchestrator.routing.domain.ThresholdChanges;
import com.mangaassist.orchestrator.routing.domain.ThresholdsChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Stores the {@link DefaultThresholds} as version 1 of every topic that has no stored thresholds yet,
 * and announces the change when it stored any. Topics that already have a version are left alone, so
 * running it again changes nothing.
 */
public final class SeedDefaultThresholds {

    private final ThresholdChanges changes;
    private final ThresholdAnnouncer announcer;

    public SeedDefaultThresholds(ThresholdChanges changes, ThresholdAnnouncer announcer) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.announcer = Objects.requireNonNull(announcer, "announcer");
    }

    /** Returns the topics it seeded; empty when every topic already had stored thresholds. */
    public List<TopicCategory> seed(SeedDefaultThresholdsCommand command) {
        List<TopicCategory> seeded = new ArrayList<>();
        for (TopicCategory topic : TopicCategory.values()) {
            ThresholdChange change = new ThresholdChange(
                    topic, DefaultThresholds.of(topic), DefaultThresholds.VERSION, command.seededBy());
            if (changes.apply(change) instanceof ThresholdChangeOutcome.Applied) {
                seeded.add(topic);
            }
        }
        if (!seeded.isEmpty()) {
            announcer.announce(ThresholdsChanged.all());
        }
        return List.copyOf(seeded);
    }
}
