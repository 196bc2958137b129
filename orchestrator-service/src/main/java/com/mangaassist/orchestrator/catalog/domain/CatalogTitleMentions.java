package com.mangaassist.orchestrator.catalog.domain;

import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.TitleMentions;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question mentions a product when it contains every word (two characters or more) of the product's
 * romaji title or of its English title, ignoring case and punctuation, or one of its Japanese aliases.
 */
public final class CatalogTitleMentions implements TitleMentions {

    private final TitleAliases aliases;

    public CatalogTitleMentions(TitleAliases aliases) {
        this.aliases = aliases;
    }

    @Override
    public boolean mentioned(String question, Product product) {
        if (aliases.titlesMentionedIn(question).contains(product.title())) {
            return true;
        }
        Set<String> words = new HashSet<>(words(question));
        return containsAll(words, product.title())
                || (product.englishTitle() != null && containsAll(words, product.englishTitle()));
    }

    private static boolean containsAll(Set<String> questionWords, String title) {
        List<String> titleWords = words(title);
        return !titleWords.isEmpty() && questionWords.containsAll(titleWords);
    }

    private static List<String> words(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Arrays.stream(normalized.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 2)
                .toList();
    }
}
