package com.mangaassist.orchestrator.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.ModelTier;
import com.mangaassist.orchestrator.chat.domain.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelTierPolicyTest {

    private final ModelTierPolicy policy = ModelTierPolicy.standard();

    @ParameterizedTest
    @EnumSource(
            value = TopicCategory.class,
            names = {"REFUND", "COMPLAINT", "LEGAL"})
    void highRiskTopicGetsTheStrongModelEvenForAShortQuestion(TopicCategory topic) {
        assertThat(policy.tierFor("Hi", Language.EN, topic)).isEqualTo(ModelTier.STRONG);
        assertThat(policy.tierFor("返金？", Language.JA, topic)).isEqualTo(ModelTier.STRONG);
    }

    @ParameterizedTest
    @EnumSource(
            value = TopicCategory.class,
            names = {"REFUND", "COMPLAINT", "LEGAL"},
            mode = EnumSource.Mode.EXCLUDE)
    void simpleQuestionOnAnyOtherTopicGetsTheFastModel(TopicCategory topic) {
        assertThat(policy.tierFor("Is Berserk volume 1 in stock?", Language.EN, topic))
                .isEqualTo(ModelTier.FAST);
        assertThat(policy.tierFor("ベルセルク1巻の在庫はありますか？", Language.JA, topic)).isEqualTo(ModelTier.FAST);
    }

    @Test
    void englishQuestionLongerThanTheLimitGetsTheStrongModel() {
        String atLimit = "a".repeat(ModelTierPolicy.STANDARD_LONG_QUESTION_EN);

        assertThat(policy.tierFor(atLimit, Language.EN, TopicCategory.GENERAL)).isEqualTo(ModelTier.FAST);
        assertThat(policy.tierFor(atLimit + "a", Language.EN, TopicCategory.GENERAL))
                .isEqualTo(ModelTier.STRONG);
    }

    @Test
    void japaneseQuestionHasTheShorterLimitCountedInCodePoints() {
        String atLimit = "漫".repeat(ModelTierPolicy.STANDARD_LONG_QUESTION_JA);
        String surrogatePairs = "𠮷".repeat(ModelTierPolicy.STANDARD_LONG_QUESTION_JA);

        assertThat(policy.tierFor(atLimit, Language.JA, TopicCategory.GENERAL)).isEqualTo(ModelTier.FAST);
        assertThat(policy.tierFor(atLimit + "画", Language.JA, TopicCategory.GENERAL))
                .isEqualTo(ModelTier.STRONG);
        assertThat(policy.tierFor(surrogatePairs, Language.JA, TopicCategory.GENERAL))
                .isEqualTo(ModelTier.FAST);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Berserk vs Vagabond?",
                "How does Monster compare to Pluto?",
                "What's the difference between the kanzenban and the tankobon?",
                "Is the VERSUS edition any good?",
                "Which is better for a beginner?",
                "ベルセルクとバガボンドを比較して",
                "どっちが面白い？",
                "新装版と旧版の違いは？"
            })
    void comparisonGetsTheStrongModel(String question) {
        assertThat(policy.tierFor(question, Language.detect(question), TopicCategory.RECOMMENDATION))
                .isEqualTo(ModelTier.STRONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Do you have \"Berserk\" and \"Vagabond\"?", "「ベルセルク」と『バガボンド』はありますか", "“Akira” or “Monster”"})
    void twoQuotedTitlesGetTheStrongModel(String question) {
        assertThat(policy.tierFor(question, Language.detect(question), TopicCategory.AVAILABILITY))
                .isEqualTo(ModelTier.STRONG);
    }

    @Test
    void oneQuotedTitleAndWordsThatMerelyContainAComparisonStayFast() {
        assertThat(policy.tierFor("Do you have \"Berserk\"?", Language.EN, TopicCategory.AVAILABILITY))
                .isEqualTo(ModelTier.FAST);
        assertThat(policy.tierFor(
                        "Any vsauce-style manga? Different genres welcome", Language.EN, TopicCategory.GENERAL))
                .isEqualTo(ModelTier.FAST);
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ModelTierPolicy(0, 120));
    }
}
