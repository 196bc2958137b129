package com.mangaassist.orchestrator.model;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.ModelRequest;
import com.mangaassist.orchestrator.answering.domain.ModelTier;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.List;

/** Catalog products and model requests for the model feature's tests. */
public final class ModelFixtures {

    public static final Product BERSERK = new Product(
            "p-berserk",
            "ベルセルク",
            "Berserk",
            List.of("三浦建太郎"),
            List.of("Action", "Dark Fantasy"),
            "Manga",
            41,
            "Publishing",
            "Seinen",
            1989,
            9.47,
            1320,
            12,
            false);

    public static final Product VAGABOND = new Product(
            "p-vagabond",
            "バガボンド",
            "Vagabond",
            List.of("井上雄彦"),
            List.of("Action", "Historical"),
            "Manga",
            37,
            "On Hiatus",
            "Seinen",
            1998,
            9.27,
            990,
            0,
            false);

    public static final Product AKIRA_FIRST_EDITION = new Product(
            "p-akira-1st",
            "AKIRA 初版",
            "Akira (first edition)",
            List.of("大友克洋"),
            List.of("Sci-Fi"),
            "Manga",
            6,
            "Finished",
            "Seinen",
            1982,
            9.0,
            48000,
            2,
            true);

    public static final Product MONSTER = new Product(
            "p-monster",
            "MONSTER",
            "Monster",
            List.of("浦沢直樹"),
            List.of("Mystery", "Drama"),
            "Manga",
            18,
            "Finished",
            "Seinen",
            1994,
            9.15,
            770,
            5,
            false);

    public static final Product UNKNOWN_VOLUMES = new Product(
            "p-untitled", "名もなき連載", null, List.of(), List.of(), "Manga", null, null, null, null, 0.0, 660, 0, true);

    private ModelFixtures() {}

    public static RetrievedProduct retrieved(Product product, double score) {
        return new RetrievedProduct(product, score, score, score);
    }

    public static ModelRequest request(
            String question, Language language, TopicCategory topic, ModelTier tier, RetrievedProduct... context) {
        return new ModelRequest(
                "You are the store's manga assistant.", "v1", question, language, topic, List.of(context), tier, 400);
    }
}
