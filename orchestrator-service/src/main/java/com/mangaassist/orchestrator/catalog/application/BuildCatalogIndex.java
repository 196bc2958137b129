package com.mangaassist.orchestrator.catalog.application;

import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.catalog.domain.CatalogCsv;
import com.mangaassist.orchestrator.catalog.domain.CatalogEntry;
import com.mangaassist.orchestrator.catalog.domain.CatalogFormatException;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndex;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndexState;
import com.mangaassist.orchestrator.catalog.domain.CatalogRow;
import com.mangaassist.orchestrator.catalog.domain.EmbeddedEntry;
import com.mangaassist.orchestrator.catalog.domain.Embedder;
import com.mangaassist.orchestrator.catalog.domain.ProductDerivation;
import com.mangaassist.orchestrator.catalog.domain.TitleAliases;
import com.mangaassist.orchestrator.catalog.domain.TitleSynopses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the catalog search index from the catalog file in two passes: first every product without its
 * embedding, which is quick and makes the index serve keyword searches at once; then the embeddings, batch by
 * batch, which takes most of the time and fills in semantic search. An index that already holds every product
 * with its embedding, in the current layout, is left alone unless a rebuild is asked for; one whose keyword pass
 * is complete resumes with the embeddings; any other existing index is replaced. The finished index is merged
 * into one segment.
 */
public final class BuildCatalogIndex {

    /** Products written per request in the keyword pass (no embedding to compute, so much larger batches). */
    static final int KEYWORD_BATCH = 1_000;

    private final CatalogIndex index;
    private final Embedder embedder;
    private final TitleAliases aliases;
    private final TitleSynopses synopses;
    private final Clock clock;

    public BuildCatalogIndex(
            CatalogIndex index, Embedder embedder, TitleAliases aliases, TitleSynopses synopses, Clock clock) {
        this.index = index;
        this.embedder = embedder;
        this.aliases = aliases;
        this.synopses = synopses;
        this.clock = clock;
    }

    public BuildOutcome build(CatalogBuildCommand command, BuildProgress progress) {
        Instant started = clock.instant();
        List<CatalogEntry> entries = entries(CatalogCsv.read(command.csv()), command);
        Optional<CatalogIndexState> existing = command.recreate() ? Optional.empty() : index.state();
        if (existing.filter(state -> state.complete(entries.size())).isPresent()) {
            return new BuildOutcome.AlreadyBuilt(index.name(), entries.size());
        }
        progress.started(index.name(), entries.size());
        if (existing.filter(state -> state.keywordsComplete(entries.size())).isEmpty()) {
            index.recreate();
            for (int from = 0; from < entries.size(); from += KEYWORD_BATCH) {
                index.indexKeywords(entries.subList(from, Math.min(entries.size(), from + KEYWORD_BATCH)));
            }
            index.refresh();
        }
        progress.keywordsReady(index.name(), entries.size(), Duration.between(started, clock.instant()));
        for (int from = 0; from < entries.size(); from += command.batchSize()) {
            List<CatalogEntry> batch = entries.subList(from, Math.min(entries.size(), from + command.batchSize()));
            List<float[]> embeddings = embedder.embedAll(
                    batch.stream().map(CatalogEntry::embeddingText).toList());
            List<EmbeddedEntry> embedded = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                embedded.add(new EmbeddedEntry(batch.get(i), embeddings.get(i)));
            }
            index.index(embedded);
            progress.indexed(from + batch.size(), entries.size(), Duration.between(started, clock.instant()));
        }
        index.refresh();
        index.compact();
        CatalogIndexState built = index.state()
                .orElseThrow(() ->
                        new IllegalStateException("index " + index.name() + " disappeared while it was being built"));
        if (!built.complete(entries.size())) {
            throw new IllegalStateException("index " + index.name() + " holds " + built.products() + " products ("
                    + built.embedded() + " embedded) after a build of " + entries.size());
        }
        return new BuildOutcome.Built(index.name(), entries.size(), Duration.between(started, clock.instant()));
    }

    private List<CatalogEntry> entries(List<CatalogRow> rows, CatalogBuildCommand command) {
        int size = Math.min(rows.size(), command.limit().orElse(rows.size()));
        Map<String, Product> byId = new HashMap<>();
        List<CatalogEntry> entries = new ArrayList<>(size);
        for (CatalogRow row : rows.subList(0, size)) {
            Product product = ProductDerivation.derive(row);
            Product clash = byId.putIfAbsent(product.productId(), product);
            if (clash != null) {
                throw new CatalogFormatException("'" + row.title() + "' and '" + clash.title()
                        + "' derive the same product id " + product.productId());
            }
            entries.add(CatalogEntry.of(product, aliases, synopses));
        }
        return entries;
    }
}
