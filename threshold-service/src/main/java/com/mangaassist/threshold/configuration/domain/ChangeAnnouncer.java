package com.mangaassist.threshold.configuration.domain;

import com.mangaassist.model.routing.TopicCategory;

/** Tells the orchestrators to drop their cached copies now (best effort; their TTL is the fallback). */
public interface ChangeAnnouncer {

    void thresholdsChanged(TopicCategory category);

    void promptChanged(String promptId);
}
