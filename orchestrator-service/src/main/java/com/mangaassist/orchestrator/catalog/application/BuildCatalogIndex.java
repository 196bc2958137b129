package com.mangaassist.orchestrator.catalog.application;

import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.catalog.domain.CatalogCsv;
import com.mangaassist.orchestrator.catalog.domain.CatalogEntry;
import com.mangaassist.orchestrator.catalog.domain.CatalogFormatException;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndex;
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
import java.util.OptionalLong;

/**
 * Builds the catalog search index from the catalog file: derives the products, adds their Japanese
 * titles and synopses, embeds them and writes them in batches. An index that already holds exactly as
 * many products as the catalog gives is left alone unless a rebuild is asked for; any other existing
 * index is replaced.
 */
public final class BuildCatalogIndex {

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
        OptionalLong existing = index.documentCount();
        if (!command.recreate() && existing.isPresent() && existing.getAsLong() == entries.size()) {
            return new BuildOutcome.AlreadyBuilt(index.name(), existing.getAsLong());
        }
        progress.started(index.name(), entries.size());
        index.recreate();
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
        long count = index.documentCount()
                .orElseThrow(() ->
                        new IllegalStateException("index " + index.name() + " disappeared while it was being built"));
        if (count != entries.size()) {
            throw new IllegalStateException(
                    "index " + index.name() + " holds " + count + " products after a build of " + entries.size());
        }
        return new BuildOutcome.Built(index.name(), count, Duration.between(started, clock.instant()));
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
