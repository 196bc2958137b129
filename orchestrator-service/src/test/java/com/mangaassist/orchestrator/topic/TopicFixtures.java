package com.mangaassist.orchestrator.topic;

import com.mangaassist.orchestrator.topic.adapter.out.tsv.TsvLabelledUtterances;
import com.mangaassist.orchestrator.topic.domain.CharNgramTopicClassifier;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The shipped utterances and the classifier trained on all of them, made once for all topic tests. */
public final class TopicFixtures {

    private TopicFixtures() {}

    private static final class Shipped {
        static final List<LabelledUtterance> UTTERANCES =
                TsvLabelledUtterances.shipped().all();
        static final CharNgramTopicClassifier CLASSIFIER = CharNgramTopicClassifier.train(UTTERANCES);
        static final Set<String> TEXTS =
                UTTERANCES.stream().map(u -> key(u.text())).collect(Collectors.toUnmodifiableSet());
    }

    public static List<LabelledUtterance> shippedUtterances() {
        return Shipped.UTTERANCES;
    }

    public static CharNgramTopicClassifier shippedClassifier() {
        return Shipped.CLASSIFIER;
    }

    /** Whether the shipped utterances contain text, ignoring case and surrounding blanks. */
    public static boolean isShipped(String text) {
        return Shipped.TEXTS.contains(key(text));
    }

    /** A hand-written check set under src/test/resources/topics. */
    public static List<LabelledUtterance> checkSet(String name) {
        return TsvLabelledUtterances.fromClasspath("topics/" + name).all();
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
