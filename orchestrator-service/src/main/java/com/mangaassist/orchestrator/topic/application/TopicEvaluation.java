package com.mangaassist.orchestrator.topic.application;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import com.mangaassist.orchestrator.topic.domain.TopicClassifier;
import com.mangaassist.orchestrator.topic.domain.TopicPrediction;
import java.util.Collection;

/**
 * How well a classifier labels a set of utterances: accuracy, per-topic precision and recall, the confusion
 * matrix (actual topic by predicted topic) and the mean margin of its predictions.
 */
public final class TopicEvaluation {

    private static final int TOPICS = TopicCategory.values().length;

    private final int[][] confusion = new int[TOPICS][TOPICS];
    private int examples;
    private int correct;
    private double marginSum;

    private TopicEvaluation() {}

    public static TopicEvaluation of(TopicClassifier classifier, Collection<LabelledUtterance> utterances) {
        TopicEvaluation evaluation = new TopicEvaluation();
        for (LabelledUtterance utterance : utterances) {
            TopicPrediction prediction = classifier.classify(utterance.text(), utterance.language());
            evaluation.record(utterance.topic(), prediction);
        }
        return evaluation;
    }

    private void record(TopicCategory actual, TopicPrediction prediction) {
        confusion[actual.ordinal()][prediction.topic().ordinal()]++;
        examples++;
        if (actual == prediction.topic()) {
            correct++;
        }
        marginSum += prediction.margin();
    }

    public int examples() {
        return examples;
    }

    /** Share of utterances labelled with their topic; 0 when there were none. */
    public double accuracy() {
        return examples == 0 ? 0.0 : (double) correct / examples;
    }

    /** Mean margin between the two most probable topics; 0 when there were none. */
    public double meanMargin() {
        return examples == 0 ? 0.0 : marginSum / examples;
    }

    /** How many utterances are actually about topic. */
    public int support(TopicCategory topic) {
        int sum = 0;
        for (int predicted = 0; predicted < TOPICS; predicted++) {
            sum += confusion[topic.ordinal()][predicted];
        }
        return sum;
    }

    /** How many utterances were predicted as topic. */
    public int predicted(TopicCategory topic) {
        int sum = 0;
        for (int actual = 0; actual < TOPICS; actual++) {
            sum += confusion[actual][topic.ordinal()];
        }
        return sum;
    }

    /** Share of the utterances predicted as topic that are about it; 0 when none were predicted. */
    public double precision(TopicCategory topic) {
        int predicted = predicted(topic);
        return predicted == 0 ? 0.0 : (double) count(topic, topic) / predicted;
    }

    /** Share of the utterances about topic that were predicted as it; 0 when there were none. */
    public double recall(TopicCategory topic) {
        int support = support(topic);
        return support == 0 ? 0.0 : (double) count(topic, topic) / support;
    }

    /** How many utterances about actual were predicted as predicted. */
    public int count(TopicCategory actual, TopicCategory predicted) {
        return confusion[actual.ordinal()][predicted.ordinal()];
    }
}
