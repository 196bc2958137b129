package com.mangaassist.orchestrator.catalog.domain;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One-line English synopses of popular titles, written by the store's editors because the catalog has
 * none. Metadata alone (title, authors, genres) cannot tell that Berserk is about a mercenary with a
 * huge sword; a synopsis can, for both keyword and semantic search.
 */
public final class TitleSynopses {

    /** The bundled list: {@code catalog/title-synopses-en.tsv} on the classpath. */
    public static final String RESOURCE = "catalog/title-synopses-en.tsv";

    private final Map<String, String> synopsisByTitle;

    private TitleSynopses(Map<String, String> synopsisByTitle) {
        this.synopsisByTitle = synopsisByTitle;
    }

    public static TitleSynopses bundled() {
        return of(TitleTsv.classpathResource(RESOURCE));
    }

    public static TitleSynopses parse(Reader reader) {
        return of(TitleTsv.parse(reader));
    }

    public static TitleSynopses none() {
        return new TitleSynopses(Map.of());
    }

    private static TitleSynopses of(List<TitleTsv.Line> lines) {
        Map<String, String> synopses = new HashMap<>();
        for (TitleTsv.Line line : lines) {
            if (synopses.putIfAbsent(line.productTitle(), line.value()) != null) {
                throw new CatalogFormatException(
                        "line " + line.number() + ": a second synopsis for '" + line.productTitle() + "'");
            }
        }
        return new TitleSynopses(Map.copyOf(synopses));
    }

    public Optional<String> of(String productTitle) {
        return Optional.ofNullable(synopsisByTitle.get(productTitle));
    }

    /** Every product title that has a synopsis. */
    public Set<String> titles() {
        return synopsisByTitle.keySet();
    }
}
