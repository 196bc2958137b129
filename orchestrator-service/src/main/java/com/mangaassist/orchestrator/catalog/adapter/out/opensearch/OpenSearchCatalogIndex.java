package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import static com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchCalls.call;

import com.mangaassist.orchestrator.catalog.domain.CatalogIndex;
import com.mangaassist.orchestrator.catalog.domain.EmbeddedEntry;
import java.util.List;
import java.util.OptionalLong;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/** The catalog index in OpenSearch, for the index build: mapping, bulk writes, refresh and count. */
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
    public OptionalLong documentCount() {
        if (!exists()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(
                call("count " + index, () -> client.count(c -> c.index(index))).count());
    }

    @Override
    public void recreate() {
        if (exists()) {
            call("delete " + index, () -> client.indices().delete(d -> d.index(index)));
        }
        call("create " + index, () -> client.indices().create(CatalogMapping.createIndex(index, dimensions)));
    }

    @Override
    public void index(List<EmbeddedEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        for (EmbeddedEntry entry : entries) {
            ProductDocument document = ProductDocument.of(entry);
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
            throw new OpenSearchCatalogException(failures + " of " + entries.size() + " products not written to "
                    + index + ", first " + failed.id() + ": " + failed.error().reason());
        }
    }

    @Override
    public void refresh() {
        call("refresh " + index, () -> client.indices().refresh(r -> r.index(index)));
    }

    private boolean exists() {
        return call("look up " + index, () -> client.indices().exists(e -> e.index(index)))
                .value();
    }
}
