package com.mangaassist.orchestrator.model.adapter.out.local;

import static com.mangaassist.orchestrator.model.adapter.out.local.Phrasebook.yen;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.Product;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Japanese templates. Catalog statuses in English are shown in Japanese where the term is known. */
final class JapanesePhrasebook implements Phrasebook {

    private static final Map<String, String> STATUSES = Map.of(
            "finished", "完結",
            "publishing", "連載中",
            "on hiatus", "休載中",
            "discontinued", "連載終了",
            "not yet published", "未刊行");

    @Override
    public String availability(Product product) {
        if (product.inStock()) {
            return title(product) + "は在庫がございます（残り" + product.stock() + "点、" + yen(product.priceJpy()) + "）。";
        }
        return title(product) + "は現在在庫切れです（価格 " + yen(product.priceJpy()) + "）。再入荷の時期はお約束できません。";
    }

    @Override
    public String productInfo(Product product) {
        String authors = product.authors().isEmpty() ? "不明" : String.join("、", product.authors());
        String volumes = product.volumes() == null ? "不明" : "全" + product.volumes() + "巻";
        String status = product.status() == null ? "不明" : status(product.status());
        String genres = product.genres().isEmpty() ? "" : "、ジャンル：" + String.join("、", product.genres());
        return title(product) + "の情報です。著者：" + authors + "、巻数：" + volumes + "、ステータス：" + status + genres + "。価格は"
                + yen(product.priceJpy()) + "で、" + stock(product) + "です。";
    }

    @Override
    public String rarity(Product product) {
        if (product.rare() && product.inStock()) {
            return title(product) + "は希少品です。残り" + product.stock() + "点、価格は" + yen(product.priceJpy())
                    + "です。希少品は再入荷がほとんどないため、今後の入荷はお約束できません。";
        }
        if (product.rare()) {
            return title(product) + "は希少品で、現在在庫切れです（価格 " + yen(product.priceJpy()) + "）。希少品は再入荷がほとんどないため、再入荷はお約束できません。";
        }
        if (product.inStock()) {
            return title(product) + "は希少品ではありません。在庫あり（残り" + product.stock() + "点）、価格は" + yen(product.priceJpy())
                    + "です。";
        }
        return title(product) + "は希少品ではありませんが、現在在庫切れです（価格 " + yen(product.priceJpy()) + "）。";
    }

    @Override
    public String recommendation(List<Product> products) {
        String lines = products.stream()
                .map(product -> "・" + title(product)
                        + (product.genres().isEmpty() ? "" : "（" + String.join("、", product.genres()) + "）")
                        + " " + yen(product.priceJpy()) + "、" + stock(product))
                .collect(Collectors.joining("\n"));
        return "こちらのタイトルはいかがでしょうか。\n" + lines;
    }

    @Override
    public String careful(TopicCategory topic) {
        return switch (topic) {
            case ORDER_STATUS -> "このチャットではご注文の詳細を確認できないため、配送状況やお届け日をお答え・お約束することはできません。" + "担当スタッフが確認のうえ、ご連絡いたします。";
            case REFUND -> "このチャットでは返金の承認やお約束はできません。担当スタッフがご依頼内容を確認のうえ、ご連絡いたします。";
            case COMPLAINT -> "ご迷惑をおかけして申し訳ございません。このチャットでは具体的な対応をお約束できませんが、" + "担当スタッフが内容を確認のうえ、ご連絡いたします。";
            case LEGAL -> "このチャットでは法的な助言や法律に関するお約束はできません。担当スタッフが確認のうえ、ご連絡いたします。";
            default -> throw new IllegalArgumentException("no careful template for " + topic);
        };
    }

    @Override
    public String storeInfo() {
        return "当店のマンガアシスタントです。カタログのタイトル検索、在庫と価格（円）の確認、作品情報（著者・巻数・ステータス）、"
                + "希少品のご案内、おすすめのご紹介をお手伝いします。ご注文や返金などのご相談は担当スタッフが対応いたします。";
    }

    @Override
    public String notFound() {
        return "お探しのタイトルは当店のカタログで見つかりませんでした。表記をご確認いただくか、日本語または英語のタイトルでお試しください。";
    }

    private static String title(Product product) {
        return "『" + product.title() + "』";
    }

    private static String status(String status) {
        return STATUSES.getOrDefault(status.strip().toLowerCase(java.util.Locale.ROOT), status);
    }

    private static String stock(Product product) {
        return product.inStock() ? "在庫あり（残り" + product.stock() + "点）" : "在庫切れ";
    }
}
