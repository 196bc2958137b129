package com.mangaassist.orchestrator.topic.domain;

import static com.mangaassist.orchestrator.topic.domain.CharNgramTopicClassifier.TOPIC_COUNT;

import java.util.Arrays;
import java.util.Collection;
import java.util.SplittableRandom;

/**
 * Fits the weights of a {@link CharNgramTopicClassifier}: stochastic gradient descent on the cross-entropy
 * with an L2 penalty on the weights each example touches and a step that shrinks each epoch, over the n-grams that occur in at least
 * {@link TrainingSettings#minDocumentFrequency()} utterances.
 */
final class SoftmaxTrainer {

    /** Topics whose error on an example is smaller than this leave their weights alone for that example. */
    private static final double MIN_GRADIENT = 1e-3;

    private SoftmaxTrainer() {}

    private record Example(int[] columns, float[] values, int topic) {}

    static CharNgramTopicClassifier train(Collection<LabelledUtterance> utterances, TrainingSettings settings) {
        TextFeatures.Grams[] grams = new TextFeatures.Grams[utterances.size()];
        int[] topics = new int[utterances.size()];
        int total = 0;
        int u = 0;
        for (LabelledUtterance utterance : utterances) {
            grams[u] = TextFeatures.extract(utterance.text());
            topics[u] = utterance.topic().ordinal();
            total += grams[u].size();
            u++;
        }
        FeatureIndex seen = new FeatureIndex(total / 4);
        int[] documentFrequency = new int[total];
        for (TextFeatures.Grams g : grams) {
            for (int i = 0; i < g.size(); i++) {
                documentFrequency[seen.add(g.hashes()[i])]++;
            }
        }
        FeatureIndex index = new FeatureIndex(seen.size() / 2);
        Example[] examples = new Example[grams.length];
        for (int e = 0; e < grams.length; e++) {
            examples[e] = example(grams[e], topics[e], seen, documentFrequency, index, settings);
        }
        return new CharNgramTopicClassifier(index, fit(examples, index.size(), settings));
    }

    private static float[] fit(Example[] examples, int features, TrainingSettings settings) {
        float[] weights = new float[features * TOPIC_COUNT];
        double[] p = new double[TOPIC_COUNT];
        int[] activeTopics = new int[TOPIC_COUNT];
        int[] order = new int[examples.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        double rate = settings.learningRate();
        double l2 = settings.l2();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            double step = rate / (1.0 + epoch);
            for (int e : order) {
                Example example = examples[e];
                int[] columns = example.columns;
                float[] values = example.values;
                Arrays.fill(p, 0.0);
                for (int i = 0; i < columns.length; i++) {
                    int offset = columns[i] * TOPIC_COUNT;
                    double value = values[i];
                    for (int k = 0; k < TOPIC_COUNT; k++) {
                        p[k] += weights[offset + k] * value;
                    }
                }
                CharNgramTopicClassifier.softmaxInPlace(p);
                p[example.topic] -= 1.0;
                int active = 0;
                for (int k = 0; k < TOPIC_COUNT; k++) {
                    if (Math.abs(p[k]) >= MIN_GRADIENT) {
                        activeTopics[active++] = k;
                    }
                }
                for (int i = 0; i < columns.length; i++) {
                    int offset = columns[i] * TOPIC_COUNT;
                    double value = values[i];
                    for (int a = 0; a < active; a++) {
                        int k = activeTopics[a];
                        int w = offset + k;
                        weights[w] -= (float) (step * (p[k] * value + l2 * weights[w]));
                    }
                }
            }
        }
        return weights;
    }

    private static Example example(
            TextFeatures.Grams grams,
            int topic,
            FeatureIndex seen,
            int[] documentFrequency,
            FeatureIndex index,
            TrainingSettings settings) {
        double norm = grams.norm();
        int[] columns = new int[grams.size()];
        float[] values = new float[grams.size()];
        int n = 0;
        for (int i = 0; i < grams.size(); i++) {
            long hash = grams.hashes()[i];
            if (documentFrequency[seen.column(hash)] >= settings.minDocumentFrequency()) {
                columns[n] = index.add(hash);
                values[n] = (float) (grams.value(i) / norm);
                n++;
            }
        }
        return new Example(Arrays.copyOf(columns, n), Arrays.copyOf(values, n), topic);
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
