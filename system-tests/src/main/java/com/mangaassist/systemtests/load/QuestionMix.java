package com.mangaassist.systemtests.load;

import java.util.List;

/**
 * What the simulated customers ask, in English and Japanese, cycled in order: mostly availability and
 * product questions about titles in the first 1,500 catalog rows, then recommendations and general
 * questions, a few refunds and complaints (which are reviewed, so the customer gets an
 * acknowledgement) and one title the catalog does not have (which is handed off).
 */
public final class QuestionMix {

    /** One customer message and the kind of question it is, for the report. */
    public record Question(String kind, String lang, String text) {}

    private static final List<Question> QUESTIONS = List.of(
            new Question("availability", "en", "Is One Piece volume 105 in stock?"),
            new Question("availability", "ja", "ワンピースの最新巻は在庫ありますか？"),
            new Question("product_info", "en", "What is Vagabond about?"),
            new Question("availability", "en", "Do you have Berserk volume 41 available?"),
            new Question("recommendation", "en", "I loved Vagabond, what should I read next?"),
            new Question("availability", "ja", "ベルセルクの41巻は在庫ありますか？"),
            new Question("general", "en", "Do you deliver on Saturdays?"),
            new Question("product_info", "ja", "スラムダンクは何巻まで出ていますか？"),
            new Question("availability", "en", "Is Vagabond vol. 37 in stock right now?"),
            new Question("refund", "en", "I want a refund for my order, the book arrived damaged."),
            new Question("availability", "ja", "バガボンドは全巻そろっていますか？"),
            new Question("product_info", "en", "Who is the author of Monster?"),
            new Question("recommendation", "ja", "スラムダンクみたいなスポーツ漫画でおすすめはありますか？"),
            new Question("availability", "en", "Can I still order Slam Dunk volume 1?"),
            new Question("general", "ja", "ギフトカードで支払えますか？"),
            new Question("product_info", "en", "How many volumes does Slam Dunk have?"),
            new Question("availability", "ja", "スラムダンクの1巻を取り寄せてもらえますか"),
            new Question("availability", "en", "Is Monster by Naoki Urasawa available?"),
            new Question("recommendation", "en", "Can you recommend something like Monster?"),
            new Question("product_info", "ja", "ベルセルクの作者は誰ですか？"),
            new Question("complaint", "en", "The Berserk volume I got had a coffee stain, very disappointing."),
            new Question("availability", "en", "Are volumes 1 to 10 of Spy x Family all in stock?"),
            new Question("general", "en", "Can I pay with a gift card?"),
            new Question("availability", "ja", "鋼の錬金術師は在庫がありますか？"),
            new Question("product_info", "en", "Is Berserk still being published or has it ended?"),
            new Question("recommendation", "ja", "ベルセルクが好きな人におすすめの漫画は？"),
            new Question("unknown_title", "en", "Is Zorblax Chronicles volume 3 in stock?"),
            new Question("availability", "en", "Is Death Note volume 1 in stock?"),
            new Question("product_info", "ja", "デスノートはどんな話ですか？"),
            new Question("refund", "ja", "破損していたので返金してください"),
            new Question("general", "ja", "土日は営業していますか？"),
            new Question("recommendation", "en", "My son finished One Piece, what's a good follow-up?"),
            new Question("product_info", "en", "What genre is Death Note?"),
            new Question("general", "en", "Thank you for your help!"));

    private QuestionMix() {}

    /** The question of the {@code sequence}-th turn of the run. */
    public static Question question(long sequence) {
        return QUESTIONS.get((int) (sequence % QUESTIONS.size()));
    }
}
