package com.mangaassist.orchestrator.answering.domain;

import com.mangaassist.model.routing.TopicCategory;

/** Chooses the model tier for a turn from its topic and text. */
@FunctionalInterface
public interface TierChooser {

    ModelTier choose(TopicCategory topic, String text);
}
