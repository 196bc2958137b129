package com.mangaassist.orchestrator.catalog.adapter.in.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.orchestrator.catalog.domain.CatalogEntry;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndex;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndexState;
import com.mangaassist.orchestrator.catalog.domain.CatalogUnavailableException;
import com.mangaassist.orchestrator.catalog.domain.EmbeddedEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class CatalogHealthTest {

    @Test
    void anIndexStillEmbeddingIsUpAndSaysHowFarSemanticSearchIs() {
        Health health = health(() -> Optional.of(new CatalogIndexState(19_057, 4_000, true)));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails())
                .containsEntry("products", 19_057L)
                .containsEntry("embedded", 4_000L)
                .containsEntry("semanticSearch", "filling in: 4000 of 19057 products embedded");
    }

    @Test
    void aCompleteIndexSaysSo() {
        Health health = health(() -> Optional.of(new CatalogIndexState(1_500, 1_500, true)));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("semanticSearch", "complete");
    }

    @Test
    void aMissingIndexOrAnUnreachableOpenSearchIsUnknownWithTheReason() {
        Health missing = health(Optional::empty);
        Health unreachable = health(() -> {
            throw new CatalogUnavailableException("connection refused") {};
        });

        assertThat(missing.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(missing.getDetails().get("error").toString()).contains("does not exist");
        assertThat(unreachable.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(unreachable.getDetails().get("error").toString()).contains("cannot read the catalog index");
    }

    private static Health health(Supplier<Optional<CatalogIndexState>> state) {
        return new CatalogHealth(new CatalogIndex() {
                    @Override
                    public String name() {
                        return "local-catalog";
                    }

                    @Override
                    public Optional<CatalogIndexState> state() {
                        return state.get();
                    }

                    @Override
                    public void recreate() {}

                    @Override
                    public void indexKeywords(List<CatalogEntry> entries) {}

                    @Override
                    public void index(List<EmbeddedEntry> entries) {}

                    @Override
                    public void refresh() {}

                    @Override
                    public void compact() {}
                })
                .health();
    }
}
