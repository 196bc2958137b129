package com.mangaassist.orchestrator.topic.application;

import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import com.mangaassist.orchestrator.topic.domain.TopicClassifier;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A classifier trained on the training part of a {@link HeldOutSplit} and evaluated on its held-out part,
 * overall and for each language.
 */
public record HeldOutEvaluation(
        HeldOutSplit split,
        TopicClassifier classifier,
        TopicEvaluation overall,
        Map<Language, TopicEvaluation> byLanguage) {

    public HeldOutEvaluation {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(overall, "overall");
        byLanguage = Collections.unmodifiableMap(new EnumMap<>(byLanguage));
    }

    /** Splits utterances, trains a classifier on the training part with trainer and evaluates it. */
    public static HeldOutEvaluation run(
            List<LabelledUtterance> utterances, Function<List<LabelledUtterance>, ? extends TopicClassifier> trainer) {
        HeldOutSplit split = HeldOutSplit.of(utterances);
        TopicClassifier classifier = trainer.apply(split.training());
        Map<Language, TopicEvaluation> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<LabelledUtterance> inLanguage = split.heldOut().stream()
                    .filter(u -> u.language() == language)
                    .toList();
            byLanguage.put(language, TopicEvaluation.of(classifier, inLanguage));
        }
        return new HeldOutEvaluation(split, classifier, TopicEvaluation.of(classifier, split.heldOut()), byLanguage);
    }
}
