package com.mangaassist.orchestrator.topic.domain;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A topic classifier trained on labelled utterances: multinomial logistic regression, without intercept,
 * over the character 1- to 4-grams of the normalised text. Works for Japanese and English alike without
 * word segmentation; the language needs no feature of its own, the script of the n-grams carries it.
 * N-grams never seen in training still count towards the length of a text, so text the model knows little
 * about gets a flat distribution and a small margin, and text with no n-gram at all a uniform one.
 * Immutable and thread-safe once trained.
 */
public final class CharNgramTopicClassifier implements TopicClassifier {

    private static final TopicCategory[] TOPICS = TopicCategory.values();
    static final int TOPIC_COUNT = TOPICS.length;

    private final FeatureIndex index;
    private final float[] weights;

    CharNgramTopicClassifier(FeatureIndex index, float[] weights) {
        if (weights.length != index.size() * TOPIC_COUNT) {
            throw new IllegalArgumentException("weights do not match " + index.size() + " features");
        }
        this.index = index;
        this.weights = weights;
    }

    /**
     * Trains a classifier on examples. Training is deterministic: the same examples in the same order give
     * the same classifier.
     *
     * @throws IllegalArgumentException when there are no examples
     */
    public static CharNgramTopicClassifier train(Collection<LabelledUtterance> examples) {
        Objects.requireNonNull(examples, "examples");
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("cannot train a topic classifier on no examples");
        }
        return SoftmaxTrainer.train(examples, TrainingSettings.DEFAULT);
    }

    @Override
    public TopicPrediction classify(String text, Language language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        double[] scores = scores(TextFeatures.extract(text));
        Map<TopicCategory, Double> distribution = new EnumMap<>(TopicCategory.class);
        for (int k = 0; k < TOPIC_COUNT; k++) {
            distribution.put(TOPICS[k], scores[k]);
        }
        return TopicPrediction.of(distribution);
    }

    /** How many n-gram features the model has weights for. */
    public int featureCount() {
        return index.size();
    }

    private double[] scores(TextFeatures.Grams grams) {
        double[] logits = new double[TOPIC_COUNT];
        double norm = grams.norm();
        long[] hashes = grams.hashes();
        for (int i = 0; i < grams.size(); i++) {
            int column = index.column(hashes[i]);
            if (column < 0) {
                continue;
            }
            double value = grams.value(i) / norm;
            int offset = column * TOPIC_COUNT;
            for (int k = 0; k < TOPIC_COUNT; k++) {
                logits[k] += weights[offset + k] * value;
            }
        }
        return softmaxInPlace(logits);
    }

    static double[] softmaxInPlace(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            logits[k] = Math.exp(logits[k] - max);
            sum += logits[k];
        }
        for (int k = 0; k < logits.length; k++) {
            logits[k] /= sum;
        }
        return logits;
    }
}
