package com.mangaassist.orchestrator.topic.application;

import static com.mangaassist.model.routing.TopicCategory.COMPLAINT;
import static com.mangaassist.model.routing.TopicCategory.GENERAL;
import static com.mangaassist.model.routing.TopicCategory.LEGAL;
import static com.mangaassist.model.routing.TopicCategory.REFUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import com.mangaassist.orchestrator.topic.domain.TopicClassifier;
import com.mangaassist.orchestrator.topic.domain.TopicPrediction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicEvaluationTest {

    /** Says the topic named by the text's first word, with probability 0.8. */
    private final TopicClassifier firstWord = (text, language) -> {
        TopicCategory topic = TopicCategory.fromCode(text.split(" ")[0]).orElseThrow();
        Map<TopicCategory, Double> distribution = new EnumMap<>(TopicCategory.class);
        for (TopicCategory t : TopicCategory.values()) {
            distribution.put(t, t == topic ? 0.8 : 0.2 / (TopicCategory.values().length - 1));
        }
        return TopicPrediction.of(distribution);
    };

    @Test
    void accuracyPrecisionRecallAndConfusionCountTheClassifiersAnswers() {
        List<LabelledUtterance> utterances = List.of(
                utterance(REFUND, "refund please"),
                utterance(REFUND, "refund now"),
                utterance(REFUND, "complaint disguised as refund"),
                utterance(COMPLAINT, "complaint about staff"),
                utterance(LEGAL, "general question about privacy"));

        TopicEvaluation evaluation = TopicEvaluation.of(firstWord, utterances);

        assertThat(evaluation.examples()).isEqualTo(5);
        assertThat(evaluation.accuracy()).isEqualTo(3.0 / 5);
        assertThat(evaluation.recall(REFUND)).isEqualTo(2.0 / 3);
        assertThat(evaluation.precision(REFUND)).isEqualTo(1.0);
        assertThat(evaluation.precision(COMPLAINT)).isEqualTo(0.5);
        assertThat(evaluation.recall(COMPLAINT)).isEqualTo(1.0);
        assertThat(evaluation.recall(LEGAL)).isZero();
        assertThat(evaluation.precision(LEGAL)).isZero();
        assertThat(evaluation.count(REFUND, COMPLAINT)).isEqualTo(1);
        assertThat(evaluation.count(LEGAL, GENERAL)).isEqualTo(1);
        assertThat(evaluation.support(REFUND)).isEqualTo(3);
        assertThat(evaluation.predicted(COMPLAINT)).isEqualTo(2);
        assertThat(evaluation.meanMargin()).isCloseTo(0.8 - 0.2 / 8, within(1e-12));
    }

    @Test
    void anEmptySetScoresZeroRatherThanDividingByZero() {
        TopicEvaluation evaluation = TopicEvaluation.of(firstWord, List.of());

        assertThat(evaluation.accuracy()).isZero();
        assertThat(evaluation.recall(REFUND)).isZero();
        assertThat(evaluation.meanMargin()).isZero();
    }

    private static LabelledUtterance utterance(TopicCategory topic, String text) {
        return new LabelledUtterance(topic, Language.EN, text);
    }
}
