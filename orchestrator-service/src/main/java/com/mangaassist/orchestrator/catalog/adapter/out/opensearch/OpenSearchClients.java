package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Transports to an OpenSearch domain that needs no request signing (the local stack): the host of the
 * endpoint and the JSON mapping the catalog documents need. Timeouts and pooling are left to the caller.
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
}
