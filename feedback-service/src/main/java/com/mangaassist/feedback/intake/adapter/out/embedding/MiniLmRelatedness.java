package com.mangaassist.feedback.intake.adapter.out.embedding;

import com.mangaassist.feedback.intake.domain.Relatedness;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/** Relatedness by cosine similarity of all-MiniLM-L6-v2 sentence embeddings (the model ships inside the jar). */
public final class MiniLmRelatedness implements Relatedness {

    private final EmbeddingModel model;

    public MiniLmRelatedness() {
        this(new AllMiniLmL6V2EmbeddingModel());
    }

    MiniLmRelatedness(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public double similarity(String question, String correction) {
        float[] a = embed(question);
        float[] b = embed(correction);
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        return Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
    }

    private float[] embed(String text) {
        Embedding embedding = model.embed(text.isBlank() ? " " : text).content();
        return embedding.vector();
    }
}
