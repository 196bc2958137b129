package com.mangaassist.systemtests.review;

import java.util.List;

/**
 * Questions that the answering pipeline sends to review (from the routing evaluation set): refunds
 * (P1), complaints, legal and order-status questions (P2), rare manga (P3). Cycled in order, so a run's
 * priority mix is fixed: 1 in 5 is P1.
 */
public final class ReviewQuestions {

    /** A question, its language and the priority it is expected to get. */
    public record Question(String expectedPriority, String lang, String text) {}

    private static final List<Question> QUESTIONS = List.of(
            new Question("P1", "en", "I want a refund for my order, the book arrived damaged."),
            new Question("P2", "en", "I am very unhappy with your customer service."),
            new Question("P3", "en", "Do you have any out-of-print one-shots from the 1980s?"),
            new Question("P2", "ja", "注文番号48213の配送状況を教えてください"),
            new Question("P2", "en", "How do you handle my personal data under GDPR?"),
            new Question("P1", "ja", "破損していたので返金してください"),
            new Question("P2", "ja", "対応がひどいです。苦情を申し立てたい"),
            new Question("P3", "ja", "絶版になった漫画は取り扱っていますか？"),
            new Question("P2", "en", "Has my order shipped yet?"),
            new Question("P2", "ja", "個人情報の取り扱いについて教えてください"));

    private ReviewQuestions() {}

    public static Question nth(long n) {
        return QUESTIONS.get((int) (n % QUESTIONS.size()));
    }

    public static List<Question> all() {
        return QUESTIONS;
    }
}
