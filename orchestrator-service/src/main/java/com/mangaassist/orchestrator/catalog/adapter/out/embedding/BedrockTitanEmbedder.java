package com.mangaassist.orchestrator.catalog.adapter.out.embedding;

import com.mangaassist.orchestrator.catalog.domain.Embedder;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sentence embeddings from Amazon Titan Text Embeddings v2 on Bedrock ({@code InvokeModel}), normalised
 * to unit length by the model. The size is 256, 512 or 1024 floats. Every failure of the call or of the
 * reply is an {@link EmbeddingFailedException}. Closing the embedder closes its Bedrock client.
 */
public final class BedrockTitanEmbedder implements Embedder, AutoCloseable {

    /** The model id of Titan Text Embeddings v2. */
    public static final String TITAN_V2 = "amazon.titan-embed-text-v2:0";

    /** The vector sizes Titan Text Embeddings v2 offers. */
    public static final Set<Integer> SUPPORTED_DIMENSIONS = Set.of(256, 512, 1024);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BedrockRuntimeClient client;
    private final String modelId;
    private final int dimensions;

    /**
     * @param client the Bedrock Runtime client, owned from now on by this embedder
     * @param modelId the model, normally {@link #TITAN_V2}
     * @param dimensions 256, 512 or 1024
     */
    public BedrockTitanEmbedder(BedrockRuntimeClient client, String modelId, int dimensions) {
        this.client = Objects.requireNonNull(client, "client");
        this.modelId = requireText(modelId);
        this.dimensions = requireSupported(dimensions);
    }

    /** Checks a vector size: 256, 512 or 1024, else {@link IllegalArgumentException}. */
    public static int requireSupported(int dimensions) {
        if (!SUPPORTED_DIMENSIONS.contains(dimensions)) {
            throw new IllegalArgumentException(
                    "Titan Text Embeddings v2 offers 256, 512 or 1024 dimensions, not " + dimensions);
        }
        return dimensions;
    }

    private static String requireText(String modelId) {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("the Titan model id must be set");
        }
        return modelId;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text");
        InvokeModelResponse response;
        try {
            response = client.invokeModel(request -> request.modelId(modelId)
                    .contentType("application/json")
                    .accept("application/json")
                    .body(SdkBytes.fromUtf8String(requestBody(text))));
        } catch (SdkException e) {
            throw new EmbeddingFailedException("Bedrock " + modelId + " did not embed the text: " + e.getMessage(), e);
        }
        return vector(response.body().asUtf8String());
    }

    private String requestBody(String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("inputText", text);
        body.put("dimensions", dimensions);
        body.put("normalize", true);
        return JSON.writeValueAsString(body);
    }

    private float[] vector(String responseBody) {
        JsonNode embedding;
        try {
            embedding = JSON.readTree(responseBody).path("embedding");
        } catch (JacksonException e) {
            throw new EmbeddingFailedException("Bedrock " + modelId + " replied with malformed JSON", e);
        }
        if (!embedding.isArray()) {
            throw new EmbeddingFailedException("Bedrock " + modelId + " replied without an embedding");
        }
        if (embedding.size() != dimensions) {
            throw new EmbeddingFailedException(
                    "Bedrock " + modelId + " replied with " + embedding.size() + " dimensions, expected " + dimensions);
        }
        float[] vector = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            JsonNode value = embedding.get(i);
            if (!value.isNumber() || !Float.isFinite(value.floatValue())) {
                throw new EmbeddingFailedException(
                        "Bedrock " + modelId + " replied with a non-numeric value at position " + i);
            }
            vector[i] = value.floatValue();
        }
        return vector;
    }

    @Override
    public void close() {
        client.close();
    }
}
