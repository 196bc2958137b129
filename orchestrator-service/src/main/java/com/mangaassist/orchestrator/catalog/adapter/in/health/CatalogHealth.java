package com.mangaassist.orchestrator.catalog.adapter.in.health;

import com.mangaassist.orchestrator.catalog.domain.CatalogIndex;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndexState;
import com.mangaassist.orchestrator.catalog.domain.CatalogUnavailableException;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code catalog} component of the orchestrator's health: how many products the catalog index holds and
 * how many of them semantic search can find yet. After a first start the index answers by keyword while its
 * embeddings fill in; that is a working service (UP) that says how far semantic search is. A missing index or
 * an unreachable OpenSearch is UNKNOWN with the reason: turns then go to people, the service stays up. Any other
 * failure surfaces (the health endpoint reports the component DOWN with it).
 */
public final class CatalogHealth implements HealthIndicator {

    private final CatalogIndex index;

    public CatalogHealth(CatalogIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        Optional<CatalogIndexState> state;
        try {
            state = index.state();
        } catch (CatalogUnavailableException unreachable) {
            return Health.status(Status.UNKNOWN)
                    .withDetail("index", index.name())
                    .withDetail(
                            "error",
                            "cannot read the catalog index: "
                                    + unreachable.getClass().getSimpleName())
                    .build();
        }
        if (state.isEmpty()) {
            return Health.status(Status.UNKNOWN)
                    .withDetail("index", index.name())
                    .withDetail("error", "the catalog index does not exist: build it (docs/CATALOG.md)")
                    .build();
        }
        CatalogIndexState found = state.get();
        String semantic = found.embedded() == found.products()
                ? "complete"
                : "filling in: " + found.embedded() + " of " + found.products() + " products embedded";
        return Health.up()
                .withDetail("index", index.name())
                .withDetail("products", found.products())
                .withDetail("embedded", found.embedded())
                .withDetail("semanticSearch", semantic)
                .build();
    }
}
