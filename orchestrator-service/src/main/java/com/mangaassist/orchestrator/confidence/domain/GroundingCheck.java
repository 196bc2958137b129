package com.mangaassist.orchestrator.confidence.domain;

import com.mangaassist.orchestrator.answering.domain.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an answer against the catalog: every cited product must exist, and every price, stock and
 * volume figure the text states must be the figure of a cited product. Recognised forms: {@code ¥1,200},
 * {@code 1,200円}, {@code JPY 1200}; {@code 12 in stock}, {@code 在庫12}, {@code 在庫は12}; {@code 37 volumes},
 * {@code 全37巻}.
 */
public final class GroundingCheck {

    private static final Pattern PRICE = Pattern.compile("(?:¥|￥|JPY\\s?)([0-9][0-9,]*)|([0-9][0-9,]*)\\s?円");
    private static final Pattern STOCK = Pattern.compile(
            "([0-9][0-9,]*)\\s+(?:copies\\s+|copy\\s+|units?\\s+)?in stock|在庫(?:は|数は|数|：|:)?\\s*([0-9][0-9,]*)");
    private static final Pattern VOLUMES = Pattern.compile("([0-9][0-9,]*)\\s+volumes?|全\\s?([0-9][0-9,]*)\\s?巻");

    /** The result: how many figures were checked, how many matched, and whether every citation was known. */
    public record Result(int claimsChecked, int claimsMatched, boolean citationsKnown) {

        /** Share of matched claims, 0 when a citation is unknown, 1 when nothing needed checking. */
        public double score() {
            if (!citationsKnown) {
                return 0.0;
            }
            return claimsChecked == 0 ? 1.0 : (double) claimsMatched / claimsChecked;
        }

        public boolean passed() {
            return citationsKnown && claimsMatched == claimsChecked;
        }
    }

    /** {@code catalog} maps product id to product for every product the answer may cite. */
    public Result check(String text, List<String> citedIds, Map<String, Product> catalog) {
        List<Product> cited = new ArrayList<>();
        boolean known = true;
        for (String id : citedIds) {
            Product product = catalog.get(id);
            if (product == null) {
                known = false;
            } else {
                cited.add(product);
            }
        }
        int[] checked = {0};
        int[] matched = {0};
        verify(PRICE, text, cited, Product::priceJpy, checked, matched);
        verify(STOCK, text, cited, Product::stock, checked, matched);
        verify(VOLUMES, text, cited, p -> p.volumes() == null ? -1 : p.volumes(), checked, matched);
        return new Result(checked[0], matched[0], known);
    }

    private static void verify(
            Pattern pattern,
            String text,
            List<Product> cited,
            ToIntFunction<Product> figure,
            int[] checked,
            int[] matched) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String raw = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            long value;
            try {
                value = Long.parseLong(raw.replace(",", ""));
            } catch (NumberFormatException tooLong) {
                value = -2;
            }
            checked[0]++;
            long stated = value;
            if (cited.stream().anyMatch(p -> figure.applyAsInt(p) == stated)) {
                matched[0]++;
            }
        }
    }
}
