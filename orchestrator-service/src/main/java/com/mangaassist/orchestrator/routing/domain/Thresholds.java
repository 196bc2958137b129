package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.TopicCategory;

/** The stored thresholds configuration of each topic (read only: the threshold service writes it). */
public interface Thresholds {

    /**
     * The configuration of {@code topic}: what is stored, or the built-in defaults as version 0 when
     * nothing is. Never null. An active part that fails validation is never returned, and neither is a
     * canary or an override that does.
     */
    ThresholdConfiguration current(TopicCategory topic);
}
