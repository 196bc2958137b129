package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.ResourceProperties;
import com.mangaassist.orchestrator.answering.domain.CatalogSearch;
import com.mangaassist.orchestrator.catalog.adapter.out.embedding.MiniLmEmbedder;
import com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchCatalogSearch;
import com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchClients;
import com.mangaassist.orchestrator.catalog.domain.Embedder;
import com.mangaassist.orchestrator.catalog.domain.HybridFusion;
import com.mangaassist.orchestrator.catalog.domain.TitleAliases;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/** Joins the catalog search port to OpenSearch and the in-process embedding model. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogConfiguration.OpenSearchProperties.class)
class CatalogConfiguration {

    private static final int MAX_CONNECTIONS = 16;

    @Bean(destroyMethod = "close")
    OpenSearchTransport catalogOpenSearchTransport(OpenSearchProperties properties) {
        // The local stack's OpenSearch takes unsigned HTTP. In the aws profile the domain (OpenSearch
        // Serverless or a managed domain) wants SigV4-signed requests: this bean becomes
        //   new AwsSdk2Transport(sdkHttpClient, endpoint.getHost(), "aoss" /* or "es" */, region,
        //       AwsSdk2TransportOptions.builder().setCredentials(credentialsProvider).build())
        // over the shared SdkHttpClient and the region and credentials of mangaassist.aws.
        return OpenSearchClients.unsignedTransport(properties.endpoint())
                .setHttpClientConfigCallback(http ->
                        http.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                                .setMaxConnTotal(MAX_CONNECTIONS)
                                .setMaxConnPerRoute(MAX_CONNECTIONS)
                                .setDefaultConnectionConfig(ConnectionConfig.custom()
                                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                        .build())
                                .build()))
                .setRequestConfigCallback(
                        request -> request.setResponseTimeout(Timeout.of(properties.responseTimeout())))
                .build();
    }

    @Bean
    OpenSearchClient catalogOpenSearchClient(OpenSearchTransport catalogOpenSearchTransport) {
        return new OpenSearchClient(catalogOpenSearchTransport);
    }

    @Bean
    Embedder embedder() {
        return MiniLmEmbedder.forQueries();
    }

    @Bean
    TitleAliases titleAliases() {
        return TitleAliases.bundled();
    }

    @Bean
    CatalogSearch catalogSearch(
            OpenSearchClient catalogOpenSearchClient,
            OpenSearchProperties properties,
            ResourceProperties resources,
            Embedder embedder,
            TitleAliases titleAliases) {
        return new OpenSearchCatalogSearch(
                catalogOpenSearchClient,
                properties.catalogIndexFor(resources.prefix()),
                embedder,
                titleAliases,
                HybridFusion.standard());
    }

    /**
     * Where the catalog index lives.
     *
     * @param endpoint the OpenSearch endpoint, for example {@code http://127.0.0.1:9200}
     * @param catalogIndex the index name; absent means {@code <resource prefix>-catalog}
     * @param connectTimeout how long to wait for a connection
     * @param responseTimeout how long to wait for a response
     */
    @Validated
    @ConfigurationProperties("mangaassist.opensearch")
    record OpenSearchProperties(
            @NotNull URI endpoint,
            @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,200}") String catalogIndex,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration responseTimeout) {

        OpenSearchProperties {
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new IllegalArgumentException("mangaassist.opensearch.connect-timeout must be positive");
            }
            if (responseTimeout.isNegative() || responseTimeout.isZero()) {
                throw new IllegalArgumentException("mangaassist.opensearch.response-timeout must be positive");
            }
        }

        String catalogIndexFor(String resourcePrefix) {
            return catalogIndex != null ? catalogIndex : resourcePrefix.toLowerCase(Locale.ROOT) + "-catalog";
        }
    }
}
