package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Transports to an OpenSearch domain: unsigned HTTP for the local stack, or SigV4-signed requests for
 * Amazon OpenSearch Serverless ({@code aoss}) and managed domains ({@code es}). Both carry the JSON
 * mapping the catalog documents need. Timeouts and pooling of the unsigned transport are left to the
 * caller; the signed one uses the given SDK HTTP client, which it does not own.
 */
public final class OpenSearchClients {

    private OpenSearchClients() {}

    public static ApacheHttpClient5TransportBuilder unsignedTransport(URI endpoint) {
        if (endpoint.getScheme() == null || endpoint.getHost() == null) {
            throw new IllegalArgumentException("not an OpenSearch endpoint (http://host:port): " + endpoint);
        }
        int port = endpoint.getPort() != -1 ? endpoint.getPort() : "https".equals(endpoint.getScheme()) ? 443 : 80;
        return ApacheHttpClient5TransportBuilder.builder(new HttpHost(endpoint.getScheme(), endpoint.getHost(), port))
                .setMapper(new JacksonJsonpMapper());
    }

    /**
     * A SigV4-signing transport over HTTPS to the host of {@code endpoint}.
     *
     * @param endpoint the domain or collection endpoint, for example {@code https://abc.eu-west-1.aoss.amazonaws.com}
     * @param http the shared SDK HTTP client
     * @param signingService {@code aoss} for OpenSearch Serverless, {@code es} for a managed domain
     * @param region the region of the domain
     * @param credentials the credentials that sign the requests
     */
    public static OpenSearchTransport signedTransport(
            URI endpoint,
            SdkHttpClient http,
            String signingService,
            String region,
            AwsCredentialsProvider credentials) {
        if (endpoint.getHost() == null) {
            throw new IllegalArgumentException("not an OpenSearch endpoint (https://host): " + endpoint);
        }
        if (!"aoss".equals(signingService) && !"es".equals(signingService)) {
            throw new IllegalArgumentException("the signing service is aoss or es, not " + signingService);
        }
        return new AwsSdk2Transport(
                http,
                endpoint.getHost(),
                signingService,
                Region.of(region),
                AwsSdk2TransportOptions.builder()
                        .setCredentials(credentials)
                        .setMapper(new JacksonJsonpMapper())
                        .build());
    }
}
