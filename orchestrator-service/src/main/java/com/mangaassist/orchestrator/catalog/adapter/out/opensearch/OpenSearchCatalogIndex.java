package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import static com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchCalls.call;

import com.mangaassist.orchestrator.catalog.domain.CatalogEntry;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndex;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndexState;
import com.mangaassist.orchestrator.catalog.domain.EmbeddedEntry;
import java.util.List;
import java.util.Optional;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/** The catalog index in OpenSearch, for the index build: mapping, bulk writes, refresh, counts and merge. */
public final class OpenSearchCatalogIndex implements CatalogIndex {

    private final OpenSearchClient client;
    private final String index;
    private final int dimensions;

    public OpenSearchCatalogIndex(OpenSearchClient client, String index, int dimensions) {
        this.client = client;
        this.index = index;
        this.dimensions = dimensions;
    }

    @Override
    public String name() {
        return index;
    }

    @Override
    public Optional<CatalogIndexState> state() {
        if (!exists()) {
            return Optional.empty();
        }
        long products =
                call("count " + index, () -> client.count(c -> c.index(index))).count();
        long embedded = call(
                        "count embedded products in " + index,
                        () -> client.count(c ->
                                c.index(index).query(q -> q.exists(e -> e.field(CatalogMapping.EMBEDDING)))))
                .count();
        return Optional.of(new CatalogIndexState(products, embedded, CatalogMapping.isCurrentLayout(layout())));
    }

    /** The layout recorded in the mapping's {@code _meta}, null for an index built before layouts were recorded. */
    private String layout() {
        var mapping = call(
                        "read the mapping of " + index, () -> client.indices().getMapping(g -> g.index(index)))
                .result()
                .get(index);
        if (mapping == null || mapping.mappings() == null) {
            return null;
        }
        JsonData layout = mapping.mappings().meta().get(CatalogMapping.LAYOUT_KEY);
        return layout == null ? null : layout.to(String.class);
    }

    @Override
    public void recreate() {
        if (exists()) {
            call("delete " + index, () -> client.indices().delete(d -> d.index(index)));
        }
        call("create " + index, () -> client.indices().create(CatalogMapping.createIndex(index, dimensions)));
    }

    @Override
    public void indexKeywords(List<CatalogEntry> entries) {
        write(entries.stream().map(ProductDocument::withoutEmbedding).toList());
    }

    @Override
    public void index(List<EmbeddedEntry> entries) {
        write(entries.stream().map(ProductDocument::of).toList());
    }

    private void write(List<ProductDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        for (ProductDocument document : documents) {
            bulk.operations(op -> op.index(i -> i.id(document.productId()).document(document)));
        }
        BulkResponse response = call("write to " + index, () -> client.bulk(bulk.build()));
        if (response.errors()) {
            BulkResponseItem failed = response.items().stream()
                    .filter(item -> item.error() != null)
                    .findFirst()
                    .orElseThrow();
            long failures = response.items().stream()
                    .filter(item -> item.error() != null)
                    .count();
            throw new OpenSearchCatalogException(failures + " of " + documents.size() + " products not written to "
                    + index + ", first " + failed.id() + ": " + failed.error().reason());
        }
    }

    @Override
    public void refresh() {
        call("refresh " + index, () -> client.indices().refresh(r -> r.index(index)));
    }

    @Override
    public void compact() {
        call(
                "merge " + index,
                () -> client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L)));
    }

    private boolean exists() {
        return call("look up " + index, () -> client.indices().exists(e -> e.index(index)))
                .value();
    }
}
