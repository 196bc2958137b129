package com.mangaassist.orchestrator.topic.domain;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.Objects;

/** A customer utterance with the topic it is about: one example to train or evaluate a classifier. */
public record LabelledUtterance(TopicCategory topic, Language language, String text) {

    public LabelledUtterance {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
    }
}
