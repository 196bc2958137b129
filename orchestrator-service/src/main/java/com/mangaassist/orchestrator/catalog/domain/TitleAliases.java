package com.mangaassist.orchestrator.catalog.domain;

import com.mangaassist.orchestrator.chat.domain.Language;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Japanese titles of catalog products, which the catalog itself lacks (it is romaji and English only):
 * a hand-written list, several aliases per product title allowed. Aliases are indexed as a searchable
 * field, and a question naming an alias can be expanded with the product title it stands for.
 */
public final class TitleAliases {

    /** The bundled list: {@code catalog/title-aliases-ja.tsv} on the classpath. */
    public static final String RESOURCE = "catalog/title-aliases-ja.tsv";

    private final Map<String, List<String>> aliasesByTitle;

    private TitleAliases(Map<String, List<String>> aliasesByTitle) {
        this.aliasesByTitle = aliasesByTitle;
    }

    public static TitleAliases bundled() {
        return of(TitleTsv.classpathResource(RESOURCE));
    }

    public static TitleAliases parse(Reader reader) {
        return of(TitleTsv.parse(reader));
    }

    public static TitleAliases none() {
        return new TitleAliases(Map.of());
    }

    private static TitleAliases of(List<TitleTsv.Line> lines) {
        Map<String, Set<String>> collected = new LinkedHashMap<>();
        for (TitleTsv.Line line : lines) {
            collected
                    .computeIfAbsent(line.productTitle(), title -> new LinkedHashSet<>())
                    .add(line.value());
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        collected.forEach((title, values) -> aliases.put(title, List.copyOf(values)));
        return new TitleAliases(Map.copyOf(aliases));
    }

    /** The Japanese aliases of a product title, empty when it has none. */
    public List<String> of(String productTitle) {
        return aliasesByTitle.getOrDefault(productTitle, List.of());
    }

    /** Every product title that has aliases. */
    public Set<String> titles() {
        return aliasesByTitle.keySet();
    }

    /**
     * The product titles whose alias in Japanese script occurs in the text (compared after NFKC
     * normalisation and case folding, so full-width and half-width forms match), longest alias first,
     * without repeats. Aliases in Latin letters ({@code NANA}) are left out: they are English already,
     * and as substrings they would be found inside other words.
     */
    public List<String> titlesMentionedIn(String text) {
        String normalised = normalise(text);
        record Mention(String title, int aliasLength) {}
        List<Mention> mentions = new ArrayList<>();
        aliasesByTitle.forEach((title, aliases) -> aliases.stream()
                .filter(alias -> Language.detect(alias) == Language.JA)
                .map(TitleAliases::normalise)
                .filter(normalised::contains)
                .mapToInt(String::length)
                .max()
                .ifPresent(length -> mentions.add(new Mention(title, length))));
        return mentions.stream()
                .sorted(Comparator.comparingInt(Mention::aliasLength).reversed().thenComparing(Mention::title))
                .map(Mention::title)
                .toList();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
