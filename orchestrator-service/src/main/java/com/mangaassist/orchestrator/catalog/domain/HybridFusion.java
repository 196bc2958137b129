package com.mangaassist.orchestrator.catalog.domain;

import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the lexical (BM25) and semantic (k-NN) results for a question are combined. Each side is first
 * normalised to [0, 1]: a BM25 score is divided by the best BM25 score of the question, a cosine
 * similarity is clamped to [0, 1]. The fused score is the weighted sum, with weights adding up to 1, so
 * it is in [0, 1] as well. A weighted sum rather than reciprocal-rank fusion keeps magnitudes: a strong
 * title match counts for more than a weak one, and the fused score stays usable as a retrieval
 * confidence. Japanese questions lean on the lexical side, where their aliases match; the embedding
 * model is English-only.
 */
public record HybridFusion(Weights english, Weights japanese) {

    public HybridFusion {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(japanese, "japanese");
    }

    /** English 0.5 lexical + 0.5 semantic; Japanese 0.7 lexical + 0.3 semantic. */
    public static HybridFusion standard() {
        return new HybridFusion(new Weights(0.5, 0.5), new Weights(0.7, 0.3));
    }

    public Weights weightsFor(Language language) {
        return language == Language.JA ? japanese : english;
    }

    /**
     * Fuses the candidates of both sides, best first, at most {@code limit}. A candidate missing from
     * one side scores 0 there.
     *
     * @param bm25 raw BM25 score by product id, including the question's best lexical match
     * @param cosine cosine similarity to the question by product id
     */
    public List<Fused> fuse(Map<String, Double> bm25, Map<String, Double> cosine, Language language, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Weights weights = weightsFor(language);
        double best =
                bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(0.0);
        Set<String> candidates = new HashSet<>(bm25.keySet());
        candidates.addAll(cosine.keySet());
        return candidates.stream()
                .map(id -> {
                    double lexical = best > 0 ? unit(bm25.getOrDefault(id, 0.0) / best) : 0.0;
                    double semantic = unit(cosine.getOrDefault(id, 0.0));
                    double score = unit(weights.lexical() * lexical + weights.semantic() * semantic);
                    return new Fused(id, score, lexical, semantic);
                })
                .sorted(Comparator.comparingDouble(Fused::score)
                        .thenComparingDouble(Fused::semantic)
                        .thenComparingDouble(Fused::lexical)
                        .reversed()
                        .thenComparing(Fused::productId))
                .limit(limit)
                .toList();
    }

    private static double unit(double value) {
        return Double.isNaN(value) ? 0.0 : Math.max(0.0, Math.min(1.0, value));
    }

    /** The share of each side in the fused score; both in [0, 1], adding up to 1. */
    public record Weights(double lexical, double semantic) {

        public Weights {
            if (!(lexical >= 0 && semantic >= 0 && Math.abs(lexical + semantic - 1.0) < 1e-9)) {
                throw new IllegalArgumentException(
                        "weights must be non-negative and add up to 1: " + lexical + " + " + semantic);
            }
        }
    }

    /** One fused result: the fused score and its normalised lexical and semantic parts, all in [0, 1]. */
    public record Fused(String productId, double score, double lexical, double semantic) {}
}
