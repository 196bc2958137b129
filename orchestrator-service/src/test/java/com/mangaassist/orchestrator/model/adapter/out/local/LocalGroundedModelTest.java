package com.mangaassist.orchestrator.model.adapter.out.local;

import static com.mangaassist.orchestrator.model.ModelFixtures.AKIRA_FIRST_EDITION;
import static com.mangaassist.orchestrator.model.ModelFixtures.BERSERK;
import static com.mangaassist.orchestrator.model.ModelFixtures.MONSTER;
import static com.mangaassist.orchestrator.model.ModelFixtures.UNKNOWN_VOLUMES;
import static com.mangaassist.orchestrator.model.ModelFixtures.VAGABOND;
import static com.mangaassist.orchestrator.model.ModelFixtures.retrieved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.ModelAnswer;
import com.mangaassist.orchestrator.answering.domain.ModelOutcome;
import com.mangaassist.orchestrator.answering.domain.ModelRequest;
import com.mangaassist.orchestrator.answering.domain.ModelTier;
import com.mangaassist.orchestrator.answering.domain.ModelUsage;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.model.ModelFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LocalGroundedModelTest {

    private final LocalGroundedModel model = new LocalGroundedModel();

    @Test
    void englishAvailabilityStatesStockAndPriceOfTheBestMatchAndCitesIt() {
        ModelOutcome.Answered answered = answer(
                "Is Berserk in stock?",
                Language.EN,
                TopicCategory.AVAILABILITY,
                retrieved(BERSERK, 0.92),
                retrieved(VAGABOND, 0.40));

        assertThat(answered.answer().text()).isEqualTo("Yes, Berserk is available: 12 in stock at ¥1,320.");
        assertThat(answered.answer().citedProductIds()).containsExactly("p-berserk");
        assertThat(answered.answer().topic()).contains(TopicCategory.AVAILABILITY);
        assertThat(answered.usage()).isEqualTo(new ModelUsage("local-grounded-v1", 0, 0, 0.0, 0));
    }

    @Test
    void japaneseAvailabilitySaysZaikoAriWithCountAndYenPrice() {
        ModelOutcome.Answered answered =
                answer("ベルセルクの在庫はありますか？", Language.JA, TopicCategory.AVAILABILITY, retrieved(BERSERK, 0.92));

        assertThat(answered.answer().text()).isEqualTo("『ベルセルク』は在庫がございます（残り12点、¥1,320）。");
        assertThat(answered.answer().citedProductIds()).containsExactly("p-berserk");
    }

    @Test
    void outOfStockTitleIsSaidToBeOutOfStockWithoutARestockPromise() {
        String english = answer("Vagabond?", Language.EN, TopicCategory.AVAILABILITY, retrieved(VAGABOND, 0.9))
                .answer()
                .text();
        String japanese = answer("バガボンド？", Language.JA, TopicCategory.AVAILABILITY, retrieved(VAGABOND, 0.9))
                .answer()
                .text();

        assertThat(english)
                .contains("Vagabond is currently out of stock")
                .contains("¥990")
                .contains("can't promise");
        assertThat(japanese).contains("『バガボンド』は現在在庫切れです").contains("¥990").contains("お約束できません");
    }

    @Test
    void productInfoGivesAuthorVolumesAndStatusInBothLanguages() {
        String english = answer(
                        "Tell me about Berserk", Language.EN, TopicCategory.PRODUCT_INFO, retrieved(BERSERK, 0.9))
                .answer()
                .text();
        String japanese = answer("ベルセルクについて", Language.JA, TopicCategory.PRODUCT_INFO, retrieved(BERSERK, 0.9))
                .answer()
                .text();

        assertThat(english)
                .isEqualTo("Berserk, by 三浦建太郎: 41 volumes, status: Publishing. Genres: Action, Dark Fantasy."
                        + " Price ¥1,320, 12 in stock.");
        assertThat(japanese)
                .isEqualTo("『ベルセルク』の情報です。著者：三浦建太郎、巻数：全41巻、ステータス：連載中、ジャンル：Action、Dark Fantasy。"
                        + "価格は¥1,320で、在庫あり（残り12点）です。");
    }

    @Test
    void productInfoSaysWhatTheCatalogDoesNotList() {
        String english = answer("?", Language.EN, TopicCategory.PRODUCT_INFO, retrieved(UNKNOWN_VOLUMES, 0.9))
                .answer()
                .text();
        String japanese = answer("？", Language.JA, TopicCategory.PRODUCT_INFO, retrieved(UNKNOWN_VOLUMES, 0.9))
                .answer()
                .text();

        assertThat(english)
                .contains("author not listed")
                .contains("volume count not listed")
                .contains("status not listed");
        assertThat(japanese).contains("著者：不明、巻数：不明、ステータス：不明");
    }

    @Test
    void rareItemIsDescribedAsScarceWithoutPromisingMore() {
        String english = answer(
                        "Any Akira first editions?",
                        Language.EN,
                        TopicCategory.RARE_MANGA,
                        retrieved(AKIRA_FIRST_EDITION, 0.88))
                .answer()
                .text();
        String japanese = answer(
                        "AKIRAの初版は？", Language.JA, TopicCategory.RARE_MANGA, retrieved(AKIRA_FIRST_EDITION, 0.88))
                .answer()
                .text();

        assertThat(english)
                .isEqualTo("Akira (first edition) is a rare item: 2 in stock at ¥48,000. Rare items are seldom"
                        + " restocked, so we can't promise more copies later.");
        assertThat(japanese).contains("『AKIRA 初版』は希少品です。残り2点、価格は¥48,000です。").contains("お約束できません");
    }

    @Test
    void recommendationOffersUpToThreeTitlesInStockFirstAndSkipsTheOneAskedAbout() {
        ModelOutcome.Answered answered = answer(
                "Something like Berserk please",
                Language.EN,
                TopicCategory.RECOMMENDATION,
                retrieved(BERSERK, 0.95),
                retrieved(VAGABOND, 0.80),
                retrieved(MONSTER, 0.70),
                retrieved(AKIRA_FIRST_EDITION, 0.60));

        assertThat(answered.answer().citedProductIds()).containsExactly("p-monster", "p-akira-1st", "p-vagabond");
        assertThat(answered.answer().text())
                .isEqualTo("Here are some titles you might enjoy:\n"
                        + "- Monster (Mystery, Drama): ¥770, 5 in stock\n"
                        + "- Akira (first edition) (Sci-Fi): ¥48,000, 2 in stock\n"
                        + "- Vagabond (Action, Historical): ¥990, out of stock");
    }

    @Test
    void japaneseRecommendationListsTitlesWithGenres() {
        ModelOutcome.Answered answered = answer(
                "おすすめは？", Language.JA, TopicCategory.RECOMMENDATION, retrieved(MONSTER, 0.8), retrieved(BERSERK, 0.7));

        assertThat(answered.answer().text())
                .isEqualTo("こちらのタイトルはいかがでしょうか。\n"
                        + "・『MONSTER』（Mystery、Drama） ¥770、在庫あり（残り5点）\n"
                        + "・『ベルセルク』（Action、Dark Fantasy） ¥1,320、在庫あり（残り12点）");
        assertThat(answered.answer().citedProductIds()).containsExactly("p-monster", "p-berserk");
    }

    static Stream<Arguments> carefulTopics() {
        return Stream.of(TopicCategory.ORDER_STATUS, TopicCategory.REFUND, TopicCategory.COMPLAINT, TopicCategory.LEGAL)
                .flatMap(topic -> Stream.of(Arguments.of(topic, Language.EN), Arguments.of(topic, Language.JA)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("carefulTopics")
    void carefulTopicPromisesNothingCitesNothingAndHandsToAPerson(TopicCategory topic, Language language) {
        ModelOutcome.Answered answered =
                answer("Where is my refund for Berserk?", language, topic, retrieved(BERSERK, 0.95));

        assertThat(answered.answer().citedProductIds()).isEmpty();
        assertThat(answered.answer().selfAssessedCertainty()).isLessThanOrEqualTo(0.3);
        assertThat(answered.answer().topic()).contains(topic);
        assertThat(answered.answer().text())
                .containsAnyOf("follow up with you", "ご連絡いたします")
                .doesNotContain("¥")
                .doesNotContainPattern("[0-9]")
                .doesNotContainIgnoringCase("we will refund")
                .doesNotContainIgnoringCase("guarantee");
    }

    @Test
    void generalQuestionGetsStoreInformationInTheCustomersLanguage() {
        assertThat(answer("What can you do?", Language.EN, TopicCategory.GENERAL)
                        .answer()
                        .text())
                .startsWith("I'm the store's manga assistant.");
        assertThat(answer("何ができますか？", Language.JA, TopicCategory.GENERAL)
                        .answer()
                        .text())
                .startsWith("当店のマンガアシスタントです。");
    }

    @ParameterizedTest
    @EnumSource(
            value = TopicCategory.class,
            names = {"AVAILABILITY", "PRODUCT_INFO", "RARE_MANGA", "RECOMMENDATION"})
    void productTopicWithNothingRetrievedSaysTheTitleWasNotFoundWithLowCertainty(TopicCategory topic) {
        ModelAnswer english = answer("Do you have Zzyzx?", Language.EN, topic).answer();
        ModelAnswer japanese = answer("ズィズィクスはありますか？", Language.JA, topic).answer();

        assertThat(english.text()).startsWith("I couldn't find that title in our catalog.");
        assertThat(japanese.text()).startsWith("お探しのタイトルは当店のカタログで見つかりませんでした。");
        assertThat(Stream.of(english, japanese)).allSatisfy(answer -> {
            assertThat(answer.citedProductIds()).isEmpty();
            assertThat(answer.selfAssessedCertainty()).isEqualTo(0.1);
        });
    }

    @Test
    void clearWinnerIsMoreCertainThanANearTie() {
        double clear = certainty(TopicCategory.AVAILABILITY, retrieved(BERSERK, 0.9), retrieved(VAGABOND, 0.3));
        double tie = certainty(TopicCategory.AVAILABILITY, retrieved(BERSERK, 0.9), retrieved(VAGABOND, 0.88));
        double weak = certainty(TopicCategory.AVAILABILITY, retrieved(BERSERK, 0.3), retrieved(VAGABOND, 0.1));

        assertThat(clear).isCloseTo(0.8825, within(0.0006));
        assertThat(tie).isLessThan(clear);
        assertThat(weak).isLessThan(tie);
    }

    @Test
    void riskierTopicIsLessCertainOnTheSameRetrieval() {
        RetrievedProduct[] context = {retrieved(AKIRA_FIRST_EDITION, 0.9), retrieved(BERSERK, 0.3)};

        double low = certainty(TopicCategory.PRODUCT_INFO, context);
        double medium = certainty(TopicCategory.RARE_MANGA, context);
        double high = certainty(TopicCategory.REFUND, context);

        assertThat(low).isGreaterThan(medium);
        assertThat(medium).isGreaterThan(high);
    }

    @Test
    void sameRequestGetsTheSameAnswerEveryTime() {
        ModelRequest request = ModelFixtures.request(
                "Something dark?",
                Language.JA,
                TopicCategory.RECOMMENDATION,
                ModelTier.FAST,
                retrieved(BERSERK, 0.81),
                retrieved(MONSTER, 0.80),
                retrieved(VAGABOND, 0.5));

        assertThat(new LocalGroundedModel().answer(request))
                .isEqualTo(model.answer(request))
                .isEqualTo(model.answer(request));
    }

    static Stream<Arguments> everyTopicLanguageAndContext() {
        List<List<RetrievedProduct>> contexts = List.of(
                List.of(retrieved(BERSERK, 0.9)),
                List.of(retrieved(VAGABOND, 0.7), retrieved(BERSERK, 0.6)),
                List.of(retrieved(AKIRA_FIRST_EDITION, 0.8), retrieved(MONSTER, 0.75), retrieved(VAGABOND, 0.2)),
                List.of(retrieved(UNKNOWN_VOLUMES, 0.5), retrieved(MONSTER, 0.4)),
                List.of());
        List<Arguments> arguments = new ArrayList<>();
        for (TopicCategory topic : TopicCategory.values()) {
            for (Language language : Language.values()) {
                for (List<RetrievedProduct> context : contexts) {
                    arguments.add(Arguments.of(topic, language, context));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} in {1} over {2}")
    @MethodSource("everyTopicLanguageAndContext")
    void everyPriceStockAndVolumeFigureStatedIsThatOfTheCitedProduct(
            TopicCategory topic, Language language, List<RetrievedProduct> context) {
        ModelAnswer answer = answer("question", language, topic, context.toArray(RetrievedProduct[]::new))
                .answer();
        Map<String, Product> byId = context.stream()
                .map(RetrievedProduct::product)
                .collect(java.util.stream.Collectors.toMap(Product::productId, Function.identity()));
        assertThat(byId.keySet()).containsAll(answer.citedProductIds());
        List<Product> cited = answer.citedProductIds().stream().map(byId::get).toList();

        for (String line : answer.text().split("\n")) {
            List<Product> named =
                    cited.stream().filter(product -> names(line, product)).toList();
            List<Product> owners = named.size() == 1 ? named : cited;
            String rest = withoutTitles(line, cited);
            rest = checkFigures(rest, YEN, owners, Product::priceJpy, "price");
            rest = checkFigures(rest, STOCK, owners, Product::stock, "stock");
            rest = checkFigures(rest, VOLUMES, owners, Product::volumes, "volumes");
            assertThat(rest).as("unexplained figure in: %s", line).doesNotContainPattern("[0-9]");
        }
    }

    private static final Pattern YEN = Pattern.compile("¥([0-9,]+)");
    private static final Pattern STOCK = Pattern.compile("([0-9]+) in stock|残り([0-9]+)点");
    private static final Pattern VOLUMES = Pattern.compile("([0-9]+) volumes?|全([0-9]+)巻");

    private static String checkFigures(
            String text, Pattern figure, List<Product> owners, Function<Product, Integer> field, String what) {
        Matcher matcher = figure.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            int stated = Integer.parseInt(digits.replace(",", ""));
            assertThat(owners)
                    .as("%s %d stated in '%s'", what, stated, text)
                    .anySatisfy(product -> assertThat(field.apply(product)).isEqualTo(stated));
        }
        return figure.matcher(text).replaceAll("");
    }

    private static boolean names(String line, Product product) {
        return Stream.of(product.title(), product.englishTitle())
                .filter(Objects::nonNull)
                .anyMatch(line::contains);
    }

    private static String withoutTitles(String line, List<Product> cited) {
        String rest = line;
        for (Product product : cited) {
            if (product.englishTitle() != null) {
                rest = rest.replace(product.englishTitle(), "");
            }
            rest = rest.replace(product.title(), "");
        }
        return rest;
    }

    private double certainty(TopicCategory topic, RetrievedProduct... context) {
        return answer("question", Language.EN, topic, context).answer().selfAssessedCertainty();
    }

    private ModelOutcome.Answered answer(
            String question, Language language, TopicCategory topic, RetrievedProduct... context) {
        ModelOutcome outcome = model.answer(ModelFixtures.request(question, language, topic, ModelTier.FAST, context));
        assertThat(outcome).isInstanceOf(ModelOutcome.Answered.class);
        return (ModelOutcome.Answered) outcome;
    }
}
