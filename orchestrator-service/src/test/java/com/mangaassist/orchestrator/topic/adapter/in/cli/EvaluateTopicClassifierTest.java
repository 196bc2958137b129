package com.mangaassist.orchestrator.topic.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.topic.TopicFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvaluateTopicClassifierTest {

    @Test
    void theReportShowsAccuracyPerLanguageEveryTopicAndTheConfusionMatrix() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        EvaluateTopicClassifier.report(
                "topics/utterances.tsv",
                TopicFixtures.shippedUtterances(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8),
                10);

        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains("held out", "accuracy", "confusion (rows: actual, columns: predicted)", "classify()")
                .containsPattern("(?m)^all\\s+\\d+\\s+0\\.9\\d\\d")
                .containsPattern("(?m)^ja\\s+\\d+\\s+0\\.\\d{3}")
                .containsPattern("(?m)^en\\s+\\d+\\s+0\\.\\d{3}");
        for (TopicCategory topic : TopicCategory.values()) {
            assertThat(report).containsPattern("(?m)^" + topic.code() + "\\s+\\d+\\s+\\d\\.\\d{3}");
        }
    }
}
