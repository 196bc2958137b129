package com.mangaassist.orchestrator.catalog.adapter.out.embedding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** The Titan embedder against an in-process HTTP stub that speaks the Bedrock InvokeModel wire format. */
class BedrockTitanEmbedderTest {

    /** The InvokeModel path as the SDK sends it: the model id is one path segment, its colon percent-encoded. */
    private static final String INVOKE_PATH = "/model/amazon.titan-embed-text-v2%3A0/invoke";

    @RegisterExtension
    static final WireMockExtension bedrock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private SdkHttpClient http;
    private BedrockTitanEmbedder embedder;

    @BeforeEach
    void pointTheSdkAtTheStub() {
        http = ApacheHttpClient.builder().build();
        embedder = new BedrockTitanEmbedder(client(), BedrockTitanEmbedder.TITAN_V2, 512);
    }

    @AfterEach
    void closeTheClients() {
        embedder.close();
        http.close();
    }

    private BedrockRuntimeClient client() {
        return BedrockRuntimeClient.builder()
                .endpointOverride(URI.create(bedrock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(http)
                .overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    private static void stub(ResponseDefinitionBuilder response) {
        bedrock.stubFor(post(urlPathEqualTo(INVOKE_PATH)).willReturn(response));
    }

    private static ResponseDefinitionBuilder embedding(int size) {
        String values =
                IntStream.range(0, size).mapToObj(i -> i == 0 ? "1.0" : "0.0").collect(Collectors.joining(", "));
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"embedding\": [" + values + "], \"inputTextTokenCount\": 9}");
    }

    @Test
    void requestBodyCarriesTheTextTheConfiguredDimensionsAndNormalisation() {
        stub(embedding(512));

        embedder.embed("a dark fantasy about a mercenary with a huge sword");

        bedrock.verify(postRequestedFor(urlPathEqualTo(INVOKE_PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(
                        matchingJsonPath("$.inputText", equalTo("a dark fantasy about a mercenary with a huge sword")))
                .withRequestBody(matchingJsonPath("$.dimensions", equalTo("512")))
                .withRequestBody(matchingJsonPath("$.normalize", equalTo("true"))));
    }

    @Test
    void vectorOfTheConfiguredSizeIsReturned() {
        stub(embedding(512));

        float[] vector = embedder.embed("Berserk");

        assertThat(vector).hasSize(512);
        assertThat(vector[0]).isEqualTo(1.0f);
        assertThat(vector[1]).isEqualTo(0.0f);
        assertThat(embedder.dimensions()).isEqualTo(512);
    }

    @Test
    void throttlingSurfacesAsTheEmbeddingFailure() {
        stub(aResponse()
                .withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withHeader(
                        "x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/")
                .withBody("{\"message\": \"Too many requests, please wait before trying again.\"}"));

        assertThatThrownBy(() -> embedder.embed("Berserk"))
                .isInstanceOf(EmbeddingFailedException.class)
                .hasCauseInstanceOf(AwsServiceException.class)
                .hasMessageContaining("Too many requests");
    }

    @Test
    void replyWithTheWrongVectorLengthIsRejected() {
        stub(embedding(1024));

        assertThatThrownBy(() -> embedder.embed("Berserk"))
                .isInstanceOf(EmbeddingFailedException.class)
                .hasMessageContaining("1024 dimensions, expected 512");
    }

    @Test
    void replyWithoutAnEmbeddingIsRejected() {
        stub(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"inputTextTokenCount\": 2}"));

        assertThatThrownBy(() -> embedder.embed("Berserk")).isInstanceOf(EmbeddingFailedException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 384, 768, 2048})
    void onlyTheSizesTitanOffersAreAccepted(int dimensions) {
        BedrockRuntimeClient client = client();
        try {
            assertThatThrownBy(() -> new BedrockTitanEmbedder(client, BedrockTitanEmbedder.TITAN_V2, dimensions))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("256, 512 or 1024");
        } finally {
            client.close();
        }
    }
}
