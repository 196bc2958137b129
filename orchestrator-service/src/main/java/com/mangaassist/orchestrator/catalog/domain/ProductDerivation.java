package com.mangaassist.orchestrator.catalog.domain;

import com.mangaassist.orchestrator.answering.domain.Product;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a catalog row into the product the store sells. The catalog has no ids, prices or stock, so
 * they are derived from the row alone and every run sees the same store:
 *
 * <ul>
 *   <li><b>identity</b>: SHA-256 of {@code Title|Types|Released date} as written in the file (the title
 *       alone repeats across types, e.g. a manga and its light novel); {@code productId} is {@code p-}
 *       and the first 12 hex digits of it.
 *   <li><b>price</b> (JPY per volume, ¥10 steps): the price band of the type ({@link CatalogType}: manga,
 *       manhwa, manhua ¥500–¥1,200; light novel, novel ¥800–¥1,600; one-shot ¥400–¥900; doujinshi
 *       ¥1,000–¥3,000), the step chosen by digest bytes 6–9.
 *   <li><b>stock</b>: titles scarce by nature (finished before 1990, so long out of print;
 *       discontinued; one-shots; doujinshi) hold 0–3 copies, every other title 0–40, chosen by digest
 *       bytes 10–13.
 *   <li><b>rare</b>: scarce by nature, or out of stock and obscure (popularity rank above 10,000).
 * </ul>
 *
 * <p>The title is the romaji part of {@code Title}; a trailing parenthesised part is the English title
 * (unless it is a bare year). Authors written {@code Family,Given} read {@code Given Family}. Volumes
 * are unknown (null) for titles still publishing and for the catalog's placeholder of 3 volumes and
 * 16 chapters on titles on hiatus.
 */
public final class ProductDerivation {

    static final int OUT_OF_PRINT_BEFORE_YEAR = 1990;
    static final int SCARCE_MAX_STOCK = 3;
    static final int MAX_STOCK = 40;
    static final int OBSCURE_POPULARITY_RANK = 10_000;
    static final int PRICE_STEP_JPY = 10;

    private static final int PLACEHOLDER_VOLUMES = 3;
    private static final int PLACEHOLDER_CHAPTERS = 16;

    private ProductDerivation() {}

    public static Product derive(CatalogRow row) {
        byte[] digest = sha256(row.title() + "|" + row.type().label() + "|" + row.released());
        TitleParts title = TitleParts.of(row.title());
        int stock = stock(row, digest);
        return new Product(
                "p-" + HexFormat.of().formatHex(digest, 0, 6),
                title.title(),
                title.englishTitle(),
                row.authors().stream().map(ProductDerivation::authorName).toList(),
                row.genres(),
                row.type().label(),
                volumes(row),
                row.status().label(),
                row.demographic(),
                row.released().getYear(),
                row.score(),
                price(row.type(), digest),
                stock,
                isScarce(row) || (stock == 0 && row.popularity() > OBSCURE_POPULARITY_RANK));
    }

    /** Finished before 1990, discontinued, one-shot or doujinshi: the store rarely holds more than a few copies. */
    static boolean isScarce(CatalogRow row) {
        return (row.completed() != null && row.completed().getYear() < OUT_OF_PRINT_BEFORE_YEAR)
                || row.status() == CatalogStatus.DISCONTINUED
                || row.type() == CatalogType.ONE_SHOT
                || row.type() == CatalogType.DOUJINSHI;
    }

    private static int price(CatalogType type, byte[] digest) {
        int steps = (type.maxPriceJpy() - type.minPriceJpy()) / PRICE_STEP_JPY + 1;
        return type.minPriceJpy() + PRICE_STEP_JPY * (int) (unsigned(digest, 6) % steps);
    }

    private static int stock(CatalogRow row, byte[] digest) {
        int max = isScarce(row) ? SCARCE_MAX_STOCK : MAX_STOCK;
        return (int) (unsigned(digest, 10) % (max + 1));
    }

    private static Integer volumes(CatalogRow row) {
        boolean placeholder = row.volumes() == PLACEHOLDER_VOLUMES && row.chapters() == PLACEHOLDER_CHAPTERS;
        if (row.status() == CatalogStatus.PUBLISHING || (row.status() == CatalogStatus.ON_HIATUS && placeholder)) {
            return null;
        }
        return row.volumes();
    }

    static String authorName(String catalogName) {
        String[] parts = catalogName.split(",", -1);
        if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
            return parts[1].strip() + " " + parts[0].strip();
        }
        return catalogName.strip();
    }

    private static long unsigned(byte[] digest, int offset) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(digest, offset, 4).getInt());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The romaji title and, when the catalog gives one in trailing parentheses, the English title. */
    record TitleParts(String title, String englishTitle) {

        static TitleParts of(String catalogTitle) {
            String title = String.join(" ", catalogTitle.strip().split("\\s+"));
            int open = openingOfTrailingParentheses(title);
            if (open > 0 && title.charAt(open - 1) == ' ') {
                String head = title.substring(0, open).strip();
                String inner = title.substring(open + 1, title.length() - 1).strip();
                if (!head.isEmpty() && !inner.isEmpty() && !inner.matches("\\d{4}") && !inner.equalsIgnoreCase(head)) {
                    return new TitleParts(head, inner);
                }
            }
            return new TitleParts(title, null);
        }

        private static int openingOfTrailingParentheses(String title) {
            if (!title.endsWith(")")) {
                return -1;
            }
            int depth = 0;
            for (int i = title.length() - 1; i >= 0; i--) {
                char c = title.charAt(i);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
