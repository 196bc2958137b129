package com.mangaassist.systemtests.load;

import com.mangaassist.systemtests.load.LoadRecorder.Sample;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the {@code messages} records of sampled replies, after the run so the reads add no load to
 * it, and splits their end-to-end latency: the pipeline's own time ({@code pipeline_latency_ms}), the
 * foundation model's ({@code model_latency_ms}), and end-to-end without the model's time.
 */
final class TurnRecords {

    /** What the sampled records say; {@code failures} counts samples that could not be used, by kind. */
    record Breakdown(
            int sampled, Histogram excludingModel, Histogram pipeline, Histogram model, Map<String, Long> failures) {}

    private TurnRecords() {}

    static Breakdown read(DynamoDbClient dynamoDb, String table, List<Sample> samples) {
        Histogram excludingModel = new Histogram(LoadRecorder.HIGHEST_MICROS, 3);
        Histogram pipeline = new Histogram(LoadRecorder.HIGHEST_MICROS, 3);
        Histogram model = new Histogram(LoadRecorder.HIGHEST_MICROS, 3);
        Map<String, Long> failures = new TreeMap<>();
        for (Sample sample : samples) {
            Map<String, AttributeValue> item;
            try {
                item = dynamoDb.getItem(b -> b.tableName(table)
                                .key(Map.of("message_id", AttributeValue.fromS(sample.messageId())))
                                .consistentRead(true))
                        .item();
            } catch (SdkException e) {
                failures.merge("read failed: " + e.getClass().getSimpleName(), 1L, Long::sum);
                continue;
            }
            if (item == null || item.isEmpty()) {
                failures.merge("no record", 1L, Long::sum);
                continue;
            }
            Long pipelineMillis = millis(item.get("pipeline_latency_ms"));
            Long modelMillis = millis(item.get("model_latency_ms"));
            if (pipelineMillis == null || modelMillis == null) {
                failures.merge("record without latencies", 1L, Long::sum);
                continue;
            }
            long modelMicros = TimeUnit.MILLISECONDS.toMicros(modelMillis);
            pipeline.recordValue(bounded(TimeUnit.MILLISECONDS.toMicros(pipelineMillis)));
            model.recordValue(bounded(modelMicros));
            excludingModel.recordValue(bounded(sample.endToEndMicros() - modelMicros));
        }
        return new Breakdown(samples.size(), excludingModel, pipeline, model, failures);
    }

    private static Long millis(AttributeValue value) {
        if (value == null || value.n() == null) {
            return null;
        }
        return Math.round(Double.parseDouble(value.n()));
    }

    private static long bounded(long micros) {
        return Math.min(LoadRecorder.HIGHEST_MICROS, Math.max(0, micros));
    }
}
