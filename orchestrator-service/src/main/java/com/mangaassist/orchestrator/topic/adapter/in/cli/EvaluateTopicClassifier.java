package com.mangaassist.orchestrator.topic.adapter.in.cli;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.topic.adapter.out.tsv.TsvLabelledUtterances;
import com.mangaassist.orchestrator.topic.application.HeldOutEvaluation;
import com.mangaassist.orchestrator.topic.application.HeldOutSplit;
import com.mangaassist.orchestrator.topic.application.TopicEvaluation;
import com.mangaassist.orchestrator.topic.domain.CharNgramTopicClassifier;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import com.mangaassist.orchestrator.topic.domain.TopicClassifier;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Trains the n-gram topic classifier on the training part of the shipped utterances (or of the classpath
 * resource named by the first argument) and prints its held-out evaluation: accuracy overall and per
 * language, per-topic precision and recall, the confusion matrix, and rough training and classify() times.
 */
public final class EvaluateTopicClassifier {

    private static final int LATENCY_CALLS = 10_000;

    /** Keeps the timed classify() calls from being optimised away. */
    private static volatile int blackhole;

    private EvaluateTopicClassifier() {}

    public static void main(String[] args) {
        String resource = args.length > 0 ? args[0] : TsvLabelledUtterances.SHIPPED_RESOURCE;
        report(resource, TsvLabelledUtterances.fromClasspath(resource).all(), System.out, LATENCY_CALLS);
    }

    /** Prints the evaluation of utterances (read from resource) to out, timing classify() over latencyCalls calls. */
    static void report(String resource, List<LabelledUtterance> utterances, PrintStream out, int latencyCalls) {
        long start = System.nanoTime();
        CharNgramTopicClassifier.train(utterances);
        long fullTrainingNanos = System.nanoTime() - start;

        HeldOutEvaluation evaluation = HeldOutEvaluation.run(utterances, CharNgramTopicClassifier::train);
        HeldOutSplit split = evaluation.split();
        out.printf(
                Locale.ROOT,
                "%s: %d utterances, %d for training, %d held out (1 in %d by text hash)%n",
                resource,
                utterances.size(),
                split.training().size(),
                split.heldOut().size(),
                HeldOutSplit.ONE_IN);
        out.printf(
                Locale.ROOT,
                "%-10s %8s %9s %12s%n%-10s %8d %9.3f %12.3f%n",
                "held out",
                "examples",
                "accuracy",
                "mean margin",
                "all",
                evaluation.overall().examples(),
                evaluation.overall().accuracy(),
                evaluation.overall().meanMargin());
        for (Language language : Language.values()) {
            TopicEvaluation e = evaluation.byLanguage().get(language);
            out.printf(
                    Locale.ROOT,
                    "%-10s %8d %9.3f %12.3f%n",
                    language.code(),
                    e.examples(),
                    e.accuracy(),
                    e.meanMargin());
        }
        out.println();
        printPerTopic(out, evaluation);
        out.println();
        printConfusion(out, evaluation.overall());
        out.println();
        printTimes(out, utterances, fullTrainingNanos, evaluation.classifier(), latencyCalls);
    }

    private static void printPerTopic(PrintStream out, HeldOutEvaluation evaluation) {
        TopicEvaluation all = evaluation.overall();
        TopicEvaluation ja = evaluation.byLanguage().get(Language.JA);
        TopicEvaluation en = evaluation.byLanguage().get(Language.EN);
        out.printf(
                Locale.ROOT,
                "%-15s %7s %9s %7s | %7s %7s | %7s %7s%n",
                "topic",
                "support",
                "precision",
                "recall",
                "ja n",
                "ja rec",
                "en n",
                "en rec");
        for (TopicCategory topic : TopicCategory.values()) {
            out.printf(
                    Locale.ROOT,
                    "%-15s %7d %9.3f %7.3f | %7d %7.3f | %7d %7.3f%n",
                    topic.code(),
                    all.support(topic),
                    all.precision(topic),
                    all.recall(topic),
                    ja.support(topic),
                    ja.recall(topic),
                    en.support(topic),
                    en.recall(topic));
        }
    }

    private static void printConfusion(PrintStream out, TopicEvaluation evaluation) {
        out.println("confusion (rows: actual, columns: predicted)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-15s", ""));
        for (TopicCategory predicted : TopicCategory.values()) {
            header.append(String.format(Locale.ROOT, " %6s", abbreviation(predicted)));
        }
        out.println(header);
        for (TopicCategory actual : TopicCategory.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-15s", actual.code()));
            for (TopicCategory predicted : TopicCategory.values()) {
                row.append(String.format(Locale.ROOT, " %6d", evaluation.count(actual, predicted)));
            }
            out.println(row);
        }
    }

    private static void printTimes(
            PrintStream out,
            List<LabelledUtterance> utterances,
            long trainingNanos,
            TopicClassifier classifier,
            int calls) {
        int warmUp = calls;
        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            LabelledUtterance u = utterances.get(i % utterances.size());
            sink += classifier.classify(u.text(), u.language()).topic().ordinal();
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            LabelledUtterance u = utterances.get((i * 7919) % utterances.size());
            sink += classifier.classify(u.text(), u.language()).topic().ordinal();
        }
        long elapsed = System.nanoTime() - start;
        out.printf(
                Locale.ROOT,
                "training on all %d utterances: %.0f ms (cold JVM); classify(): %.1f µs mean over %d calls%n",
                utterances.size(),
                trainingNanos / 1e6,
                elapsed / 1e3 / Math.max(1, calls),
                calls);
        blackhole = (int) sink;
    }

    private static String abbreviation(TopicCategory topic) {
        String code = topic.code();
        return code.length() <= 6 ? code : code.substring(0, 6);
    }
}
