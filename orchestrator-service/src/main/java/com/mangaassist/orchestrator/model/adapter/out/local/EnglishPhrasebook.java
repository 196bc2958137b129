package com.mangaassist.orchestrator.model.adapter.out.local;

import static com.mangaassist.orchestrator.model.adapter.out.local.Phrasebook.yen;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.Product;
import java.util.List;
import java.util.stream.Collectors;

/** English templates. */
final class EnglishPhrasebook implements Phrasebook {

    @Override
    public String availability(Product product) {
        if (product.inStock()) {
            return "Yes, " + title(product) + " is available: " + product.stock() + " in stock at "
                    + yen(product.priceJpy()) + ".";
        }
        return title(product) + " is currently out of stock. Its price is " + yen(product.priceJpy())
                + "; we can't promise when or whether it will be restocked.";
    }

    @Override
    public String productInfo(Product product) {
        String authors =
                product.authors().isEmpty() ? "author not listed" : "by " + String.join(", ", product.authors());
        String volumes = product.volumes() == null
                ? "volume count not listed"
                : product.volumes() + (product.volumes() == 1 ? " volume" : " volumes");
        String status = product.status() == null ? "status not listed" : "status: " + product.status();
        String genres = product.genres().isEmpty() ? "" : " Genres: " + String.join(", ", product.genres()) + ".";
        return title(product) + ", " + authors + ": " + volumes + ", " + status + "." + genres + " Price "
                + yen(product.priceJpy()) + ", " + stock(product) + ".";
    }

    @Override
    public String rarity(Product product) {
        if (product.rare() && product.inStock()) {
            return title(product) + " is a rare item: " + product.stock() + " in stock at " + yen(product.priceJpy())
                    + ". Rare items are seldom restocked, so we can't promise more copies later.";
        }
        if (product.rare()) {
            return title(product) + " is a rare item and is currently out of stock (listed at "
                    + yen(product.priceJpy())
                    + "). Rare items are seldom restocked, so we can't promise it will come back.";
        }
        if (product.inStock()) {
            return title(product) + " is not listed as a rare item: " + product.stock() + " in stock at "
                    + yen(product.priceJpy()) + ".";
        }
        return title(product) + " is not listed as a rare item, but it is currently out of stock (listed at "
                + yen(product.priceJpy()) + ").";
    }

    @Override
    public String recommendation(List<Product> products) {
        String lines = products.stream()
                .map(product -> "- " + title(product)
                        + (product.genres().isEmpty() ? "" : " (" + String.join(", ", product.genres()) + ")")
                        + ": " + yen(product.priceJpy()) + ", " + stock(product))
                .collect(Collectors.joining("\n"));
        return (products.size() == 1 ? "Here is a title you might enjoy:\n" : "Here are some titles you might enjoy:\n")
                + lines;
    }

    @Override
    public String careful(TopicCategory topic) {
        return switch (topic) {
            case ORDER_STATUS ->
                "I can't see order details in this chat, so I can't confirm where your order is"
                        + " or when it will arrive. A member of our team will check and follow up with you.";
            case REFUND ->
                "I can't approve or promise a refund in this chat. A member of our team will review"
                        + " your request and follow up with you.";
            case COMPLAINT ->
                "I'm sorry about this. I can't promise a specific resolution in this chat, but a"
                        + " member of our team will look into it and follow up with you.";
            case LEGAL ->
                "I can't give legal advice or make commitments on legal questions in this chat. A"
                        + " member of our team will follow up with you.";
            default -> throw new IllegalArgumentException("no careful template for " + topic);
        };
    }

    @Override
    public String storeInfo() {
        return "I'm the store's manga assistant. I can help you find titles in our catalog, check availability"
                + " and prices in yen, describe series (authors, volumes, status), point out rare items and"
                + " suggest titles. For orders, refunds and other account questions, a member of our team will"
                + " help you.";
    }

    @Override
    public String notFound() {
        return "I couldn't find that title in our catalog. Could you check the spelling, or try the Japanese or"
                + " English title?";
    }

    private static String title(Product product) {
        return product.englishTitle() == null || product.englishTitle().isBlank()
                ? product.title()
                : product.englishTitle();
    }

    private static String stock(Product product) {
        return product.inStock() ? product.stock() + " in stock" : "out of stock";
    }
}
