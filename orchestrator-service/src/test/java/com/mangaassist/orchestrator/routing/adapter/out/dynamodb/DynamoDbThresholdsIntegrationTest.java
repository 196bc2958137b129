package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.LocalDynamoDb;
import com.mangaassist.orchestrator.routing.domain.ThresholdChange;
import com.mangaassist.orchestrator.routing.domain.ThresholdChangeOutcome;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith({LocalAwsExtension.class, OutputCaptureExtension.class})
class DynamoDbThresholdsIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-28T11:00:00Z");
    private static final ThresholdSet TUNED = new ThresholdSet(0.9, 0.6, 0.25);
    private static final ThresholdSet RETUNED = new ThresholdSet(0.92, 0.65, 0.2);

    private static DynamoDbClient dynamoDb;
    private static String thresholdsTable;
    private static String versionsTable;

    private final MutableClock clock = new MutableClock(T0);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private DynamoDbThresholds thresholds;
    private DynamoDbThresholdChanges changes;

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String prefix) {
        dynamoDb = LocalDynamoDb.client(endpoints);
        thresholdsTable = Resources.THRESHOLDS.physicalName(prefix);
        versionsTable = Resources.THRESHOLD_VERSIONS.physicalName(prefix);
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    @BeforeEach
    void emptyThresholdsTable() {
        for (TopicCategory topic : TopicCategory.values()) {
            dynamoDb.deleteItem(b -> b.tableName(thresholdsTable).key(ThresholdItems.key(topic)));
        }
        thresholds = new DynamoDbThresholds(dynamoDb, thresholdsTable, meters);
        changes = new DynamoDbThresholdChanges(dynamoDb, thresholdsTable, versionsTable, clock);
    }

    @Test
    void aTopicWithoutItemHasTheDefaultSeedAsVersionZero() {
        assertThat(thresholds.current(TopicCategory.LEGAL)).isEqualTo(TopicThresholds.defaults(TopicCategory.LEGAL));
    }

    @Test
    void theFirstChangeIsStoredAsVersionOneAndReadBack() {
        ThresholdChangeOutcome outcome = changes.apply(new ThresholdChange(TopicCategory.REFUND, TUNED, 0, "ml-lead"));

        TopicThresholds expected = new TopicThresholds(TopicCategory.REFUND, TUNED, 1, T0, "ml-lead");
        assertThat(outcome).isEqualTo(new ThresholdChangeOutcome.Applied(expected));
        assertThat(thresholds.current(TopicCategory.REFUND)).isEqualTo(expected);
    }

    @Test
    void aChangeBasedOnAnOutdatedVersionIsRefusedAndChangesNothing() {
        changes.apply(new ThresholdChange(TopicCategory.GENERAL, TUNED, 0, "alice"));

        ThresholdChangeOutcome stale = changes.apply(new ThresholdChange(TopicCategory.GENERAL, RETUNED, 0, "bob"));

        assertThat(stale).isEqualTo(new ThresholdChangeOutcome.Stale(TopicCategory.GENERAL, 0));
        TopicThresholds current = thresholds.current(TopicCategory.GENERAL);
        assertThat(current.version()).isEqualTo(1);
        assertThat(current.thresholds()).isEqualTo(TUNED);
        assertThat(current.updatedBy()).isEqualTo("alice");
    }

    @Test
    void aChangeBasedOnAVersionNotYetWrittenIsRefused() {
        changes.apply(new ThresholdChange(TopicCategory.COMPLAINT, TUNED, 0, "alice"));

        assertThat(changes.apply(new ThresholdChange(TopicCategory.COMPLAINT, RETUNED, 5, "bob")))
                .isEqualTo(new ThresholdChangeOutcome.Stale(TopicCategory.COMPLAINT, 5));
        assertThat(thresholds.current(TopicCategory.COMPLAINT).version()).isEqualTo(1);
    }

    @Test
    void aChangeBasedOnTheCurrentVersionBecomesTheNextAndEveryVersionIsKept() {
        changes.apply(new ThresholdChange(TopicCategory.ORDER_STATUS, TUNED, 0, "alice"));
        clock.advance(Duration.ofHours(1));

        ThresholdChangeOutcome outcome =
                changes.apply(new ThresholdChange(TopicCategory.ORDER_STATUS, RETUNED, 1, "bob"));

        assertThat(outcome).isInstanceOf(ThresholdChangeOutcome.Applied.class);
        TopicThresholds current = thresholds.current(TopicCategory.ORDER_STATUS);
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.thresholds()).isEqualTo(RETUNED);
        assertThat(current.updatedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(history(TopicCategory.ORDER_STATUS, 1).get("updated_by").s()).isEqualTo("alice");
        assertThat(history(TopicCategory.ORDER_STATUS, 1)
                        .get("auto_respond_min")
                        .n())
                .isEqualTo("0.9");
        assertThat(history(TopicCategory.ORDER_STATUS, 2).get("updated_by").s()).isEqualTo("bob");
        assertThat(history(TopicCategory.ORDER_STATUS, 2)
                        .get("auto_respond_min")
                        .n())
                .isEqualTo("0.92");
    }

    @Test
    void aCorruptItemWithNoEarlierValidReadFallsBackToTheDefaultAndIsCountedAndLogged(CapturedOutput output) {
        putRaw(TopicCategory.RARE_MANGA, 3, "0.5", "0.7", "0.2");

        TopicThresholds current = thresholds.current(TopicCategory.RARE_MANGA);

        assertThat(current).isEqualTo(TopicThresholds.defaults(TopicCategory.RARE_MANGA));
        assertThat(corruptCount(TopicCategory.RARE_MANGA)).isEqualTo(1.0);
        assertThat(output.getOut() + output.getErr())
                .contains("ERROR")
                .contains("Corrupt thresholds item for topic rare_manga")
                .contains("must not be below reviewMin");
    }

    @Test
    void aCorruptItemAfterAValidReadFallsBackToTheLastValidThresholds() {
        changes.apply(new ThresholdChange(TopicCategory.AVAILABILITY, TUNED, 0, "alice"));
        TopicThresholds valid = thresholds.current(TopicCategory.AVAILABILITY);
        putRaw(TopicCategory.AVAILABILITY, 2, "1.5", "0.6", "0.2");

        assertThat(thresholds.current(TopicCategory.AVAILABILITY)).isEqualTo(valid);
        assertThat(corruptCount(TopicCategory.AVAILABILITY)).isEqualTo(1.0);
    }

    @Test
    void aRepairedItemIsUsedAgain() {
        putRaw(TopicCategory.RECOMMENDATION, 4, "0.5", "0.7", "0.2");
        assertThat(thresholds.current(TopicCategory.RECOMMENDATION).version()).isZero();

        putRaw(TopicCategory.RECOMMENDATION, 5, "0.9", "0.7", "0.2");

        TopicThresholds repaired = thresholds.current(TopicCategory.RECOMMENDATION);
        assertThat(repaired.version()).isEqualTo(5);
        assertThat(repaired.thresholds()).isEqualTo(new ThresholdSet(0.9, 0.7, 0.2));
    }

    private static void putRaw(TopicCategory topic, long version, String auto, String review, String handoff) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("category", AttributeValue.fromS(topic.code()));
        item.put("version", AttributeValue.fromN(Long.toString(version)));
        item.put("auto_respond_min", AttributeValue.fromN(auto));
        item.put("review_min", AttributeValue.fromN(review));
        item.put("handoff_below", AttributeValue.fromN(handoff));
        item.put("updated_at", AttributeValue.fromS(T0.toString()));
        item.put("updated_by", AttributeValue.fromS("hand-edit"));
        dynamoDb.putItem(b -> b.tableName(thresholdsTable).item(item));
    }

    private double corruptCount(TopicCategory topic) {
        return meters.counter(DynamoDbThresholds.CORRUPT_ITEMS_METRIC, "topic", topic.code())
                .count();
    }

    private static Map<String, AttributeValue> history(TopicCategory topic, long version) {
        return dynamoDb.getItem(b -> b.tableName(versionsTable)
                        .key(Map.of(
                                "category",
                                AttributeValue.fromS(topic.code()),
                                "version",
                                AttributeValue.fromN(Long.toString(version))))
                        .consistentRead(true))
                .item();
    }
}
