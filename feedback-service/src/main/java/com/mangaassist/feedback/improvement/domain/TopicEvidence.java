package com.mangaassist.feedback.improvement.domain;

import java.util.List;
import java.util.Objects;

/**
 * Why a topic got a guidance line: its usable binary signals ({@code up} of {@code rated}), their
 * satisfaction ({@code up / rated}, null with none), its usable corrections, and the sanitised corrections
 * quoted as examples.
 */
public record TopicEvidence(
        String topic, int rated, int up, Double satisfaction, int corrections, List<String> examples) {

    public TopicEvidence {
        Objects.requireNonNull(topic, "topic");
        examples = List.copyOf(examples);
    }
}
