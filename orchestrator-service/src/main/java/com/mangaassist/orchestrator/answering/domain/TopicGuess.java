package com.mangaassist.orchestrator.answering.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.Objects;

/** The classifier's topic for a turn, its probability and its margin over the runner-up, both in [0, 1]. */
public record TopicGuess(TopicCategory topic, double probability, double margin) {

    public TopicGuess {
        Objects.requireNonNull(topic, "topic");
    }
}
