package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.TopicCategory;

/** The thresholds currently in force, per topic. */
public interface Thresholds {

    /**
     * The thresholds in force for {@code topic}: the stored version, or the default seed (version 0)
     * when none is stored. Never null; a stored row that fails validation is never returned.
     */
    TopicThresholds current(TopicCategory topic);
}
