package com.mangaassist.orchestrator.answering.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured output of a model call that passed schema validation: the answer text, the product
 * ids it cites, the model's own certainty in [0, 1] and, when given, the topic it saw.
 */
public record ModelAnswer(
        String text, List<String> citedProductIds, double selfAssessedCertainty, Optional<TopicCategory> topic) {

    public ModelAnswer {
        Objects.requireNonNull(text, "text");
        citedProductIds = List.copyOf(citedProductIds);
        Objects.requireNonNull(topic, "topic");
        if (!(selfAssessedCertainty >= 0.0 && selfAssessedCertainty <= 1.0)) {
            throw new IllegalArgumentException("selfAssessedCertainty must be in [0, 1]: " + selfAssessedCertainty);
        }
    }
}
