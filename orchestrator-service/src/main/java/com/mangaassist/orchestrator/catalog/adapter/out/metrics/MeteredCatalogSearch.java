package com.mangaassist.orchestrator.catalog.adapter.out.metrics;

import com.mangaassist.orchestrator.answering.domain.CatalogSearch;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.catalog.domain.CatalogUnavailableException;
import com.mangaassist.orchestrator.chat.domain.Language;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Counts every retrieval that failed, {@code mangaassist.catalog.retrieval.failures{kind=timeout|unavailable}} (both
 * registered at 0), and passes the failure on: the turn hands the customer to a person.
 */
public final class MeteredCatalogSearch implements CatalogSearch {

    public static final String FAILURES = "mangaassist.catalog.retrieval.failures";

    private final CatalogSearch delegate;
    private final Counter timeouts;
    private final Counter unavailable;

    public MeteredCatalogSearch(CatalogSearch delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.timeouts = counter(meters, "timeout");
        this.unavailable = counter(meters, "unavailable");
    }

    @Override
    public List<RetrievedProduct> search(String question, Language language, int limit) {
        try {
            return delegate.search(question, language, limit);
        } catch (CatalogUnavailableException failure) {
            (timedOut(failure) ? timeouts : unavailable).increment();
            throw failure;
        }
    }

    @Override
    public Optional<Product> byId(String productId) {
        return delegate.byId(productId);
    }

    static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException
                    || t instanceof HttpTimeoutException
                    || t instanceof TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Counter counter(MeterRegistry meters, String kind) {
        return Counter.builder(FAILURES)
                .description("catalog searches that failed; the turn was handed off")
                .tag("kind", kind)
                .register(meters);
    }
}
