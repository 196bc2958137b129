package com.mangaassist.orchestrator.topic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.topic.TopicFixtures;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharNgramTopicClassifierTest {

    private final CharNgramTopicClassifier classifier = TopicFixtures.shippedClassifier();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Where is my order MA-123456?",
                "ワンピースの105巻は在庫ありますか",
                "",
                "??",
                "refund refund refund",
                "Bonjour, je voudrais un remboursement",
                "🙂🙂🙂"
            })
    void probabilitiesSumToOneAndTheMarginLiesBetweenZeroAndOne(String text) {
        TopicPrediction prediction = classifier.classify(text, Language.detect(text));

        assertThat(prediction.distribution()).containsOnlyKeys(TopicCategory.values());
        assertThat(prediction.distribution().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(prediction.distribution().values())
                .allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(prediction.margin()).isBetween(0.0, 1.0);
        assertThat(prediction.probability()).isEqualTo(prediction.distribution().get(prediction.topic()));
    }

    @Test
    void emptyTextGetsAUniformDistributionAndNoMargin() {
        for (String text : List.of("", "   ", "\n\t ")) {
            TopicPrediction prediction = classifier.classify(text, Language.EN);

            assertThat(prediction.margin()).isZero();
            assertThat(prediction.distribution().values())
                    .allSatisfy(p -> assertThat(p).isCloseTo(1.0 / TopicCategory.values().length, within(1e-12)));
        }
    }

    @Test
    void garbageTextGetsALowMarginRatherThanAnError() {
        for (String text : List.of("asdfgh qwerty zxcv", "!!!???", "ほげほげ", "lorem ipsum dolor sit amet", "ｘｘｘ ９９９")) {
            TopicPrediction prediction = classifier.classify(text, Language.detect(text));

            assertThat(prediction.margin()).as(text).isLessThan(0.25);
            assertThat(prediction.probability()).as(text).isLessThan(0.5);
        }
    }

    @Test
    void aConfidentPredictionHasAFarLargerMarginThanGarbage() {
        TopicPrediction clear =
                classifier.classify("I want a refund for order MA-552211, the book arrived torn", Language.EN);
        TopicPrediction garbage = classifier.classify("qwpoeiruty", Language.EN);

        assertThat(clear.topic()).isEqualTo(TopicCategory.REFUND);
        assertThat(clear.margin()).isGreaterThan(0.5).isGreaterThan(garbage.margin() + 0.4);
    }

    @Test
    void veryLongTextIsClassifiedByWhatItSays() {
        String complaint = "Your staff were rude and the packaging was awful, I am very disappointed. ";
        String longComplaint = complaint.repeat(2_000 / complaint.length() + 1).substring(0, 2_000);
        String japanese = "梱包がひどくて店員の態度も最悪でした。がっかりです。";
        String longJapanese = japanese.repeat(2_000 / japanese.length() + 1).substring(0, 2_000);

        assertThat(classifier.classify(longComplaint, Language.EN).topic()).isEqualTo(TopicCategory.COMPLAINT);
        assertThat(classifier.classify(longJapanese, Language.JA).topic()).isEqualTo(TopicCategory.COMPLAINT);
    }

    @Test
    void veryLongRandomTextGivesAValidPrediction() {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder text = new StringBuilder();
        while (text.length() < 2_000) {
            text.appendCodePoint(random.nextInt(0x20, 0x3100));
        }

        TopicPrediction prediction = classifier.classify(text.toString(), Language.EN);

        assertThat(prediction.margin()).isBetween(0.0, 1.0);
        assertThat(prediction.distribution()).hasSize(TopicCategory.values().length);
    }

    @Test
    void theSameTextAlwaysGetsTheSamePrediction() {
        String text = "ベルセルクの初版ってまだ手に入りますか";

        assertThat(classifier.classify(text, Language.JA)).isEqualTo(classifier.classify(text, Language.JA));
    }

    @Test
    void trainingTwiceOnTheSameUtterancesGivesTheSameClassifier() {
        List<LabelledUtterance> utterances = TopicFixtures.shippedUtterances();
        CharNgramTopicClassifier again = CharNgramTopicClassifier.train(utterances);

        for (LabelledUtterance utterance : utterances.subList(0, 200)) {
            assertThat(again.classify(utterance.text(), utterance.language()))
                    .isEqualTo(classifier.classify(utterance.text(), utterance.language()));
        }
    }

    @Test
    void fullWidthAndHalfWidthFormsAndCaseAreTheSameText() {
        TopicPrediction halfWidth = classifier.classify("ONE PIECE 105巻の在庫ありますか?", Language.JA);
        TopicPrediction fullWidth = classifier.classify("ＯＮＥ　ＰＩＥＣＥ　１０５巻の在庫ありますか？", Language.JA);
        TopicPrediction lowerCase = classifier.classify("one piece 105巻の在庫ありますか?", Language.JA);

        assertThat(fullWidth).isEqualTo(halfWidth);
        assertThat(lowerCase).isEqualTo(halfWidth);
        assertThat(halfWidth.topic()).isEqualTo(TopicCategory.AVAILABILITY);
    }

    @Test
    void orderNumbersAreReadAsNumbersWhateverTheirDigits() {
        assertThat(classifier.classify("Where is order MA-123456?", Language.EN))
                .isEqualTo(classifier.classify("Where is order MA-987650?", Language.EN));
    }

    @Test
    void trainingOnNoUtterancesIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> CharNgramTopicClassifier.train(List.of()));
    }

    @Test
    void aClassifierTrainedOnAFewUtterancesSeparatesThem() {
        CharNgramTopicClassifier small = CharNgramTopicClassifier.train(List.of(
                new LabelledUtterance(TopicCategory.REFUND, Language.EN, "refund my money please"),
                new LabelledUtterance(TopicCategory.REFUND, Language.EN, "I want my money back, refund"),
                new LabelledUtterance(TopicCategory.GENERAL, Language.EN, "hello, what are your opening hours"),
                new LabelledUtterance(TopicCategory.GENERAL, Language.EN, "hi, when are you open")));

        assertThat(small.classify("money back please", Language.EN).topic()).isEqualTo(TopicCategory.REFUND);
        assertThat(small.classify("hello, are you open today", Language.EN).topic())
                .isEqualTo(TopicCategory.GENERAL);
        assertThat(small.featureCount()).isPositive();
    }
}
