package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.Objects;

/** What became of a {@link ThresholdChange}. */
public sealed interface ThresholdChangeOutcome {

    /** The change is stored and is now the current version. */
    record Applied(TopicThresholds current) implements ThresholdChangeOutcome {
        public Applied {
            Objects.requireNonNull(current, "current");
        }
    }

    /** Someone else changed the topic since {@code basedOnVersion}: nothing was written. */
    record Stale(TopicCategory topic, long basedOnVersion) implements ThresholdChangeOutcome {
        public Stale {
            Objects.requireNonNull(topic, "topic");
        }
    }
}
