package com.mangaassist.orchestrator.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.topic.application.TopicEvaluation;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import com.mangaassist.orchestrator.topic.domain.TopicClassifier;
import com.mangaassist.orchestrator.topic.domain.TopicPrediction;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The classifier trained on all shipped utterances, on hand-written check sets it was never trained on.
 * These measure generalisation better than the held-out split, whose lines share templates with the
 * training lines. Floors: the unseen set scored 0.92 (EN 0.93, JA 0.91) and the development set 0.97 when
 * written; 0.80, 0.75 per language and 0.85 leave room for data changes, while a classifier that lost its
 * way (one in nine by chance) fails by far.
 */
class UnseenUtterancesTest {

    private final TopicClassifier classifier = TopicFixtures.shippedClassifier();
    private final List<LabelledUtterance> unseen = TopicFixtures.checkSet("unseen-utterances.tsv");
    private final List<LabelledUtterance> dev = TopicFixtures.checkSet("dev-utterances.tsv");

    @Test
    void noCheckUtteranceIsInTheShippedData() {
        assertThat(unseen).hasSizeGreaterThanOrEqualTo(90);
        assertThat(dev).hasSizeGreaterThanOrEqualTo(90);
        assertThat(unseen).noneMatch(u -> TopicFixtures.isShipped(u.text()));
        assertThat(dev).noneMatch(u -> TopicFixtures.isShipped(u.text()));
    }

    @Test
    void mostUnseenUtterancesGetTheirTopicInBothLanguages() {
        assertThat(TopicEvaluation.of(classifier, unseen).accuracy()).isGreaterThanOrEqualTo(0.80);
        for (Language language : Language.values()) {
            List<LabelledUtterance> inLanguage =
                    unseen.stream().filter(u -> u.language() == language).toList();
            assertThat(TopicEvaluation.of(classifier, inLanguage).accuracy())
                    .as(language.code())
                    .isGreaterThanOrEqualTo(0.75);
        }
    }

    @Test
    void mostDevelopmentUtterancesGetTheirTopic() {
        assertThat(TopicEvaluation.of(classifier, dev).accuracy()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void wrongPredictionsComeWithSmallerMarginsThanRightOnes() {
        double rightMargins = 0;
        double wrongMargins = 0;
        int right = 0;
        int wrong = 0;
        for (LabelledUtterance utterance : concat(unseen, dev)) {
            TopicPrediction prediction = classifier.classify(utterance.text(), utterance.language());
            if (prediction.topic() == utterance.topic()) {
                rightMargins += prediction.margin();
                right++;
            } else {
                wrongMargins += prediction.margin();
                wrong++;
            }
        }

        assumeTrue(wrong > 0, "every check utterance classified right: nothing to compare");
        assertThat(wrongMargins / wrong).isLessThan(rightMargins / right - 0.2);
    }

    private static List<LabelledUtterance> concat(List<LabelledUtterance> a, List<LabelledUtterance> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
