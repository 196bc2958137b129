package com.mangaassist.threshold.changerequest.domain;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.util.List;
import java.util.Map;

/** The impact simulation a thresholds proposal carries (port; implemented by the simulation feature). */
public interface Simulations {

    /** Simulates replacing the active thresholds of the given categories with {@code proposed}. */
    Simulated simulate(Map<TopicCategory, ThresholdSet> proposed);

    /**
     * The simulation as a JSON document (what the proposer and approver see) and its headline: whether the
     * projected reviews exceed the capacity, and its warnings.
     */
    record Simulated(String document, boolean exceedsCapacity, List<String> warnings) {

        public Simulated {
            warnings = List.copyOf(warnings);
        }
    }
}
