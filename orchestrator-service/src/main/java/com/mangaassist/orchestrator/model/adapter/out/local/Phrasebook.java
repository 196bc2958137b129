package com.mangaassist.orchestrator.model.adapter.out.local;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.Product;
import java.util.List;
import java.util.Locale;

/** The local model's templates in one language. Every figure they state comes from the product given. */
interface Phrasebook {

    String availability(Product product);

    String productInfo(Product product);

    String rarity(Product product);

    /** About one to three products, in the order given. */
    String recommendation(List<Product> products);

    /** For order status, refund, complaint and legal: promises nothing, says a person will follow up. */
    String careful(TopicCategory topic);

    String storeInfo();

    String notFound();

    /** {@code ¥1,320}. */
    static String yen(int priceJpy) {
        return String.format(Locale.ROOT, "¥%,d", priceJpy);
    }
}
