package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/** The two OpenSearch transports: plain HTTP for the local stack, SigV4-signed for AWS. */
class OpenSearchClientsTest {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    @Test
    void awsSigningBuildsTheSdk2TransportOverTheSharedHttpClient() throws Exception {
        try (SdkHttpClient http = ApacheHttpClient.builder().build();
                OpenSearchTransport transport = OpenSearchClients.signedTransport(
                        URI.create("https://abc123.eu-west-1.aoss.amazonaws.com"),
                        http,
                        "aoss",
                        "eu-west-1",
                        CREDENTIALS)) {
            assertThat(transport).isInstanceOf(AwsSdk2Transport.class);
        }
    }

    @Test
    void noSigningBuildsThePlainHttpTransport() throws Exception {
        try (OpenSearchTransport transport = OpenSearchClients.unsignedTransport(URI.create("http://127.0.0.1:9200"))
                .build()) {
            assertThat(transport).isInstanceOf(ApacheHttpClient5Transport.class);
        }
    }

    @Test
    void signingServiceOtherThanAossOrEsIsRefused() {
        try (SdkHttpClient http = ApacheHttpClient.builder().build()) {
            assertThatThrownBy(() -> OpenSearchClients.signedTransport(
                            URI.create("https://search.example.com"), http, "s3", "eu-west-1", CREDENTIALS))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
