package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.common.aws.AwsProperties;
import com.mangaassist.common.aws.ResourceProperties;
import com.mangaassist.orchestrator.answering.domain.CatalogSearch;
import com.mangaassist.orchestrator.catalog.adapter.in.health.CatalogHealth;
import com.mangaassist.orchestrator.catalog.adapter.out.embedding.BedrockTitanEmbedder;
import com.mangaassist.orchestrator.catalog.adapter.out.embedding.MiniLmEmbedder;
import com.mangaassist.orchestrator.catalog.adapter.out.metrics.MeteredCatalogSearch;
import com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchCatalogIndex;
import com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchCatalogSearch;
import com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchClients;
import com.mangaassist.orchestrator.catalog.domain.Embedder;
import com.mangaassist.orchestrator.catalog.domain.HybridFusion;
import com.mangaassist.orchestrator.catalog.domain.TitleAliases;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * Joins the catalog search port to OpenSearch and an embedding model. The model is
 * {@code mangaassist.catalog.embedder}: {@code minilm} (default, in-process, offline) or {@code titan}
 * (Titan Text Embeddings v2 on Bedrock; the aws profile sets it). The OpenSearch transport is unsigned
 * unless {@code mangaassist.opensearch.signing=aws}, which signs with SigV4 for
 * {@code mangaassist.opensearch.signing-service} ({@code aoss} or {@code es}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    CatalogConfiguration.OpenSearchProperties.class,
    CatalogConfiguration.CatalogProperties.class
})
class CatalogConfiguration {

    private static final int MAX_CONNECTIONS = 16;

    /**
     * The SigV4 transport's own HTTP client with the catalog's timeouts: the shared SDK client waits 10 s for a
     * socket read, which would hold a turn far past the 3 s answer budget before it is handed off.
     */
    record CatalogSigningHttp(SdkHttpClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "mangaassist.opensearch.signing", havingValue = "aws")
    CatalogSigningHttp catalogSigningHttp(OpenSearchProperties properties) {
        return new CatalogSigningHttp(ApacheHttpClient.builder()
                .maxConnections(MAX_CONNECTIONS)
                .connectionTimeout(properties.connectTimeout())
                .socketTimeout(properties.responseTimeout())
                .build());
    }

    @Bean(destroyMethod = "close")
    OpenSearchTransport catalogOpenSearchTransport(
            OpenSearchProperties properties,
            ObjectProvider<CatalogSigningHttp> signingHttp,
            ObjectProvider<AwsProperties> aws) {
        if (properties.signing() == Signing.AWS) {
            AwsProperties awsProperties = aws.getObject();
            return OpenSearchClients.signedTransport(
                    properties.endpoint(),
                    signingHttp.getObject().client(),
                    properties.signingService().name().toLowerCase(Locale.ROOT),
                    awsProperties.region(),
                    credentials(awsProperties));
        }
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

    /** The static credentials of {@code mangaassist.aws} when set, else the SDK's default chain. */
    private static AwsCredentialsProvider credentials(AwsProperties aws) {
        return aws.staticCredentials()
                .<AwsCredentialsProvider>map(c -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(c.accessKeyId(), c.secretAccessKey())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    @Bean
    OpenSearchClient catalogOpenSearchClient(OpenSearchTransport catalogOpenSearchTransport) {
        return new OpenSearchClient(catalogOpenSearchTransport);
    }

    /**
     * The query embedder. Titan gets a Bedrock Runtime client of its own (the model feature's client
     * exists only with the bedrock provider and has SDK retries off), closed with the embedder; the
     * local default needs no AWS at all.
     */
    @Bean
    Embedder embedder(CatalogProperties properties, ObjectProvider<AwsClientConfigurer> configurer) {
        return switch (properties.embedder()) {
            case MINILM -> MiniLmEmbedder.forQueries();
            case TITAN ->
                new BedrockTitanEmbedder(
                        configurer
                                .getObject()
                                .configure(BedrockRuntimeClient.builder(), ModelConfiguration.BEDROCK_RUNTIME_KEY)
                                .build(),
                        properties.titan().modelId(),
                        properties.titan().dimensions());
        };
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
            TitleAliases titleAliases,
            MeterRegistry meters) {
        return new MeteredCatalogSearch(
                new OpenSearchCatalogSearch(
                        catalogOpenSearchClient,
                        properties.catalogIndexFor(resources.prefix()),
                        embedder,
                        titleAliases,
                        HybridFusion.standard()),
                meters);
    }

    /** The {@code catalog} health component: products indexed and how many of them are embedded. */
    @Bean
    HealthIndicator catalogHealthIndicator(
            OpenSearchClient catalogOpenSearchClient,
            OpenSearchProperties properties,
            ResourceProperties resources,
            Embedder embedder) {
        return new CatalogHealth(new OpenSearchCatalogIndex(
                catalogOpenSearchClient, properties.catalogIndexFor(resources.prefix()), embedder.dimensions()));
    }

    /** Which model embeds questions. */
    enum EmbedderKind {
        MINILM,
        TITAN
    }

    /** How requests to OpenSearch are authenticated. */
    enum Signing {
        NONE,
        AWS
    }

    /** The SigV4 service name: {@code aoss} for OpenSearch Serverless, {@code es} for a managed domain. */
    enum SigningService {
        AOSS,
        ES
    }

    /**
     * Settings of the catalog feature.
     *
     * @param embedder {@code minilm} (default) or {@code titan}
     * @param titan how Titan is called, checked on binding whichever embedder is chosen
     */
    @Validated
    @ConfigurationProperties("mangaassist.catalog")
    record CatalogProperties(
            @DefaultValue("minilm") @NotNull EmbedderKind embedder,
            @Valid @DefaultValue Titan titan) {}

    /**
     * Titan Text Embeddings settings.
     *
     * @param modelId the Bedrock model id
     * @param dimensions 256, 512 or 1024
     */
    record Titan(
            @DefaultValue(BedrockTitanEmbedder.TITAN_V2) @NotBlank
            String modelId,

            @DefaultValue("512") int dimensions) {

        Titan {
            BedrockTitanEmbedder.requireSupported(dimensions);
        }
    }

    /**
     * Where the catalog index lives.
     *
     * @param endpoint the OpenSearch endpoint, for example {@code http://127.0.0.1:9200}
     * @param catalogIndex the index name; absent means {@code <resource prefix>-catalog}
     * @param connectTimeout how long to wait for a connection (both transports)
     * @param responseTimeout how long to wait for a response (both transports; 2 s: a search slower than that
     *     is handed off, so the customer hears within the 3 s answer budget that a person takes over)
     * @param signing {@code none} (default) or {@code aws} for SigV4 with the region and credentials of
     *     {@code mangaassist.aws} over the shared SDK HTTP client
     * @param signingService {@code aoss} (default) or {@code es}
     */
    @Validated
    @ConfigurationProperties("mangaassist.opensearch")
    record OpenSearchProperties(
            @NotNull URI endpoint,
            @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,200}") String catalogIndex,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("2s") Duration responseTimeout,
            @DefaultValue("none") @NotNull Signing signing,
            @DefaultValue("aoss") @NotNull SigningService signingService) {

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
