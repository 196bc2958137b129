package com.mangaassist.orchestrator.catalog.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.orchestrator.answering.domain.CatalogSearch;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.catalog.domain.CatalogUnavailableException;
import com.mangaassist.orchestrator.chat.domain.Language;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeteredCatalogSearchTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private RuntimeException failure;

    private final CatalogSearch failing = new CatalogSearch() {
        @Override
        public List<RetrievedProduct> search(String question, Language language, int limit) {
            if (failure != null) {
                throw failure;
            }
            return List.of();
        }

        @Override
        public Optional<Product> byId(String productId) {
            return Optional.empty();
        }
    };

    @Test
    void bothKindsAreRegisteredAtZeroAndEachFailureIsCountedByKindAndPassedOn() {
        MeteredCatalogSearch search = new MeteredCatalogSearch(failing, meters);
        assertThat(count("timeout")).isZero();
        assertThat(count("unavailable")).isZero();

        assertThat(search.search("q", Language.EN, 5)).isEmpty();
        failure = new Unavailable("read timed out", new SocketTimeoutException("Read timed out"));
        assertThatThrownBy(() -> search.search("q", Language.EN, 5)).isSameAs(failure);
        failure = new Unavailable("index missing", new IllegalStateException("no such index"));
        assertThatThrownBy(() -> search.search("q", Language.EN, 5)).isSameAs(failure);
        failure = new IllegalStateException("a bug, not the catalog");
        assertThatThrownBy(() -> search.search("q", Language.EN, 5)).isSameAs(failure);

        assertThat(count("timeout")).isEqualTo(1);
        assertThat(count("unavailable")).isEqualTo(1);
    }

    private double count(String kind) {
        return meters.get(MeteredCatalogSearch.FAILURES)
                .tag("kind", kind)
                .counter()
                .count();
    }

    private static final class Unavailable extends CatalogUnavailableException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
