package com.mangaassist.orchestrator.model.adapter.out.local;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.FoundationModel;
import com.mangaassist.orchestrator.answering.domain.ModelAnswer;
import com.mangaassist.orchestrator.answering.domain.ModelOutcome;
import com.mangaassist.orchestrator.answering.domain.ModelRequest;
import com.mangaassist.orchestrator.answering.domain.ModelUsage;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local {@link FoundationModel}: answers from templates filled with the retrieved products, in the
 * request's language, and always the same way for the same request. It never calls anything.
 *
 * <ul>
 *   <li>availability, product_info, rare_manga: about the best-matching product;
 *   <li>recommendation: up to three products from the context, in-stock ones first, skipping titles
 *       the question itself names when others remain;
 *   <li>order_status, refund, complaint, legal: a careful reply that promises nothing and says a
 *       person will follow up; it cites nothing;
 *   <li>general: what the store's assistant can help with.
 * </ul>
 *
 * When a product topic has no products it says the title was not found, with certainty 0.1. Otherwise
 * the certainty comes from how well retrieval supports the products used (the top score and its lead
 * over the runner-up), scaled down for medium- and high-risk topics. Usage reports {@value #MODEL_ID},
 * no tokens and no cost.
 */
public final class LocalGroundedModel implements FoundationModel {

    /** The model id this responder reports in its usage. */
    public static final String MODEL_ID = "local-grounded-v1";

    private static final int MAX_RECOMMENDATIONS = 3;
    private static final double NOT_FOUND_CERTAINTY = 0.1;
    private static final double STORE_INFO_CERTAINTY = 0.5;
    private static final double CAREFUL_CERTAINTY = 0.35;

    @Override
    public ModelOutcome answer(ModelRequest request) {
        Phrasebook phrases = request.language() == Language.JA ? new JapanesePhrasebook() : new EnglishPhrasebook();
        TopicCategory topic = request.topicHint();
        List<RetrievedProduct> context = request.context();
        Reply reply = switch (topic) {
            case AVAILABILITY -> aboutBestMatch(context, topic, phrases, phrases::availability);
            case PRODUCT_INFO -> aboutBestMatch(context, topic, phrases, phrases::productInfo);
            case RARE_MANGA -> aboutBestMatch(context, topic, phrases, phrases::rarity);
            case RECOMMENDATION -> recommend(request, phrases);
            case ORDER_STATUS, REFUND, COMPLAINT, LEGAL ->
                new Reply(phrases.careful(topic), List.of(), RetrievalSupport.forRisk(CAREFUL_CERTAINTY, topic));
            case GENERAL -> new Reply(phrases.storeInfo(), List.of(), STORE_INFO_CERTAINTY);
        };
        ModelAnswer answer = new ModelAnswer(reply.text(), reply.cited(), reply.certainty(), Optional.of(topic));
        return new ModelOutcome.Answered(answer, ModelUsage.none(MODEL_ID));
    }

    private record Reply(String text, List<String> cited, double certainty) {}

    private interface ProductTemplate {
        String fill(Product product);
    }

    private static Reply aboutBestMatch(
            List<RetrievedProduct> context, TopicCategory topic, Phrasebook phrases, ProductTemplate template) {
        if (context.isEmpty()) {
            return new Reply(phrases.notFound(), List.of(), NOT_FOUND_CERTAINTY);
        }
        Product best = context.get(0).product();
        double certainty = RetrievalSupport.forRisk(RetrievalSupport.of(context), topic);
        return new Reply(template.fill(best), List.of(best.productId()), certainty);
    }

    private static Reply recommend(ModelRequest request, Phrasebook phrases) {
        List<RetrievedProduct> context = request.context();
        if (context.isEmpty()) {
            return new Reply(phrases.notFound(), List.of(), NOT_FOUND_CERTAINTY);
        }
        String question = request.question().toLowerCase(Locale.ROOT);
        List<RetrievedProduct> notNamed = context.stream()
                .filter(retrieved -> !namedIn(question, retrieved.product()))
                .toList();
        List<RetrievedProduct> candidates = notNamed.isEmpty() ? context : notNamed;
        List<RetrievedProduct> picked = candidates.stream()
                .sorted(Comparator.comparing(
                        (RetrievedProduct retrieved) -> !retrieved.product().inStock()))
                .limit(MAX_RECOMMENDATIONS)
                .toList();
        List<Product> products = picked.stream().map(RetrievedProduct::product).toList();
        return new Reply(
                phrases.recommendation(products),
                products.stream().map(Product::productId).toList(),
                RetrievalSupport.forRisk(RetrievalSupport.meanScore(picked), TopicCategory.RECOMMENDATION));
    }

    private static boolean namedIn(String lowerCaseQuestion, Product product) {
        return Stream.of(product.title(), product.englishTitle())
                .filter(title -> title != null && !title.isBlank())
                .anyMatch(title -> lowerCaseQuestion.contains(title.toLowerCase(Locale.ROOT)));
    }
}
