package com.mangaassist.orchestrator.model.domain;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.ModelTier;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the model tier of a turn. A turn gets {@link ModelTier#STRONG} when any of these holds, and
 * {@link ModelTier#FAST} otherwise:
 *
 * <ol>
 *   <li><b>High-risk topic</b>: the topic's risk is {@link TopicCategory.Risk#HIGH} (refund, complaint,
 *       legal), whatever the wording.
 *   <li><b>Long question</b>: more code points than the limit for the turn's language (English and
 *       Japanese have separate limits because a Japanese character carries more than a Latin letter).
 *   <li><b>Comparison</b>: English {@code compare}, {@code comparison}, {@code versus}, {@code vs},
 *       {@code difference}, {@code differ}, {@code better}, {@code worse} as whole words, any case;
 *       Japanese {@code 比較}, {@code 比べ}, {@code 違い}, {@code どちら}, {@code どっち}.
 *   <li><b>Several titles</b>: two or more quoted titles ({@code 「…」}, {@code 『…』}, {@code "…"},
 *       {@code “…”}).
 * </ol>
 *
 * The rule reads only the question's text, its language and the topic, so the same turn always gets
 * the same tier.
 */
public final class ModelTierPolicy {

    /** English questions longer than this many code points are complex. */
    public static final int STANDARD_LONG_QUESTION_EN = 280;

    /** Japanese questions longer than this many code points are complex. */
    public static final int STANDARD_LONG_QUESTION_JA = 120;

    private static final Pattern ENGLISH_COMPARISON = Pattern.compile(
            "\\b(compare|compared|comparing|comparison|versus|vs|difference|differences|differ|better|worse)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> JAPANESE_COMPARISON = List.of("比較", "比べ", "違い", "どちら", "どっち");
    private static final Pattern QUOTED_TITLE = Pattern.compile("「[^」]+」|『[^』]+』|\"[^\"]+\"|“[^”]+”");

    private final int longQuestionEn;
    private final int longQuestionJa;

    /**
     * @param longQuestionEn code points above which an English question is complex, at least 1
     * @param longQuestionJa code points above which a Japanese question is complex, at least 1
     */
    public ModelTierPolicy(int longQuestionEn, int longQuestionJa) {
        if (longQuestionEn < 1 || longQuestionJa < 1) {
            throw new IllegalArgumentException(
                    "long-question limits must be positive: en=" + longQuestionEn + ", ja=" + longQuestionJa);
        }
        this.longQuestionEn = longQuestionEn;
        this.longQuestionJa = longQuestionJa;
    }

    /** The policy with the standard limits (280 code points in English, 120 in Japanese). */
    public static ModelTierPolicy standard() {
        return new ModelTierPolicy(STANDARD_LONG_QUESTION_EN, STANDARD_LONG_QUESTION_JA);
    }

    /** The tier for a question in {@code language} classified as {@code topic}. */
    public ModelTier tierFor(String question, Language language, TopicCategory topic) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(topic, "topic");
        boolean strong = topic.risk() == TopicCategory.Risk.HIGH
                || isLong(question, language)
                || asksForComparison(question)
                || quotedTitles(question) >= 2;
        return strong ? ModelTier.STRONG : ModelTier.FAST;
    }

    private boolean isLong(String question, Language language) {
        int limit = language == Language.JA ? longQuestionJa : longQuestionEn;
        return question.codePointCount(0, question.length()) > limit;
    }

    private static boolean asksForComparison(String question) {
        return ENGLISH_COMPARISON.matcher(question).find()
                || JAPANESE_COMPARISON.stream().anyMatch(question::contains);
    }

    private static int quotedTitles(String question) {
        Matcher matcher = QUOTED_TITLE.matcher(question);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
