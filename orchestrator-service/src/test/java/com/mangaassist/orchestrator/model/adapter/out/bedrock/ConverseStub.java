package com.mangaassist.orchestrator.model.adapter.out.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;

/** Replies of the Bedrock Converse API on the wire, for a WireMock server standing in for Bedrock. */
public final class ConverseStub {

    public static final String HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";
    public static final String SONNET = "anthropic.claude-3-5-sonnet-20240620-v1:0";

    /** A tool input that passes validation for a context holding {@code p-berserk}. */
    public static final String VALID_INPUT = """
            {"answer": "Berserk is in stock: 12 copies at ¥1,320.", "citedProductIds": ["p-berserk"],
             "certainty": 0.82, "topic": "availability"}""";

    private ConverseStub() {}

    /** The Converse path as the SDK sends it: the model id is one path segment, its colon percent-encoded. */
    public static String conversePath(String modelId) {
        return "/model/" + modelId.replace(":", "%3A") + "/converse";
    }

    public static void stub(WireMockExtension bedrock, String modelId, ResponseDefinitionBuilder response) {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(modelId))).willReturn(response));
    }

    /** A 200 reply whose only content is a call of the answer tool with {@code toolInput}. */
    public static ResponseDefinitionBuilder toolUse(String toolInput) {
        return json(toolUseBody(toolInput));
    }

    public static String toolUseBody(String toolInput) {
        return resource("/model/bedrock/converse-tool-use.json").replace("{{toolInput}}", toolInput);
    }

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** A Bedrock error as the service sends it: the type in {@code x-amzn-ErrorType}, the message in the body. */
    public static ResponseDefinitionBuilder error(int status, String errorType, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", errorType + ":http://internal.amazon.com/coral/com.amazon.bedrock/")
                .withBody("{\"message\": \"" + message + "\"}");
    }

    /** A client for the stub: static credentials, us-east-1, no SDK retries (as the production bean). */
    public static BedrockRuntimeClient client(WireMockExtension bedrock, SdkHttpClient http) {
        return BedrockRuntimeClient.builder()
                .endpointOverride(URI.create(bedrock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(http)
                .overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /**
     * The first SDK call in a JVM loads and initialises much of the SDK, which can take longer than a
     * short time limit: one call outside the adapter first, so that the limits time the stub.
     */
    public static void warmUpTheSdk(WireMockExtension bedrock) {
        stub(bedrock, HAIKU, toolUse(VALID_INPUT));
        try (SdkHttpClient http = ApacheHttpClient.builder().build();
                BedrockRuntimeClient warmUp = client(bedrock, http)) {
            warmUp.converse(request -> request.modelId(HAIKU)
                    .messages(message -> message.role(ConversationRole.USER).content(ContentBlock.fromText("hi"))));
        }
        bedrock.resetAll();
    }

    private static String resource(String path) {
        try (InputStream in = Optional.ofNullable(ConverseStub.class.getResourceAsStream(path))
                .orElseThrow(() -> new IllegalStateException("missing test resource " + path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
