package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.LocalDynamoDb;
import com.mangaassist.orchestrator.routing.ThresholdItem;
import com.mangaassist.orchestrator.routing.domain.CanaryThresholds;
import com.mangaassist.orchestrator.routing.domain.ThresholdConfiguration;
import com.mangaassist.orchestrator.routing.domain.ThresholdOverride;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
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

    private static final Instant UNTIL = Instant.parse("2026-12-04T12:00:00Z");
    private static final ThresholdSet TUNED = new ThresholdSet(0.9, 0.6, 0.25);
    private static final ThresholdSet CANDIDATE = new ThresholdSet(0.92, 0.65, 0.2);
    private static final ThresholdSet RELAXED = new ThresholdSet(0.8, 0.5, 0.2);

    private static DynamoDbClient dynamoDb;
    private static String thresholdsTable;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private DynamoDbThresholds thresholds;

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String prefix) {
        dynamoDb = LocalDynamoDb.client(endpoints);
        thresholdsTable = Resources.THRESHOLDS.physicalName(prefix);
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
    }

    @Test
    void aTopicWithoutItemHasTheDefaultsAsVersionZero() {
        assertThat(thresholds.current(TopicCategory.LEGAL))
                .isEqualTo(ThresholdConfiguration.defaults(TopicCategory.LEGAL));
    }

    @Test
    void anItemInTheGovernedLayoutIsReadWhole() {
        put(ThresholdItem.active(TopicCategory.REFUND, 4, TUNED)
                .canary(5, CANDIDATE, 10, UNTIL, "cr-3")
                .override("o-1", "EMERGENCY", RELAXED, UNTIL));

        ThresholdConfiguration configuration = thresholds.current(TopicCategory.REFUND);

        assertThat(configuration.active())
                .isEqualTo(new TopicThresholds(
                        TopicCategory.REFUND, TUNED, 4, Instant.parse("2026-11-28T10:00:00Z"), "ml-lead"));
        assertThat(configuration.canary()).contains(new CanaryThresholds(5, CANDIDATE, 10, UNTIL, "cr-3"));
        assertThat(configuration.overrides()).extracting(ThresholdOverride::id).containsExactly("o-1");
        assertThat(corruptCount(TopicCategory.REFUND)).isZero();
    }

    @Test
    void aCorruptOverrideIsDroppedCountedAndLoggedAndTheRestOfTheItemIsUsed(CapturedOutput output) {
        put(ThresholdItem.active(TopicCategory.GENERAL, 4, TUNED)
                .canary(5, CANDIDATE, 10, UNTIL, "cr-3")
                .override("o-1", "EMERGENCY", RELAXED, UNTIL)
                .rawOverride(AttributeValue.fromM(Map.of("id", AttributeValue.fromS("o-2")))));

        ThresholdConfiguration configuration = thresholds.current(TopicCategory.GENERAL);

        assertThat(configuration.active().version()).isEqualTo(4);
        assertThat(configuration.canary()).isPresent();
        assertThat(configuration.overrides()).extracting(ThresholdOverride::id).containsExactly("o-1");
        assertThat(corruptCount(TopicCategory.GENERAL)).isEqualTo(1.0);
        assertThat(output.getOut() + output.getErr())
                .contains("ERROR")
                .contains("Corrupt part of the thresholds item for topic general")
                .contains("overrides[1]");
    }

    @Test
    void aCorruptCanaryIsDroppedAndCounted() {
        put(ThresholdItem.active(TopicCategory.AVAILABILITY, 4, TUNED).canary(5, CANDIDATE, -1, UNTIL, "cr-3"));

        ThresholdConfiguration configuration = thresholds.current(TopicCategory.AVAILABILITY);

        assertThat(configuration.canary()).isEmpty();
        assertThat(configuration.active().thresholds()).isEqualTo(TUNED);
        assertThat(corruptCount(TopicCategory.AVAILABILITY)).isEqualTo(1.0);
    }

    @Test
    void aCorruptActivePartWithNoEarlierValidReadFallsBackToTheDefaultAndIsCountedAndLogged(CapturedOutput output) {
        put(ThresholdItem.active(TopicCategory.RARE_MANGA, 3, TUNED)
                .withNumber("auto_respond_min", "0.5")
                .override("o-1", "EMERGENCY", RELAXED, UNTIL));

        ThresholdConfiguration current = thresholds.current(TopicCategory.RARE_MANGA);

        assertThat(current).isEqualTo(ThresholdConfiguration.defaults(TopicCategory.RARE_MANGA));
        assertThat(corruptCount(TopicCategory.RARE_MANGA)).isEqualTo(1.0);
        assertThat(output.getOut() + output.getErr())
                .contains("ERROR")
                .contains("Corrupt thresholds item for topic rare_manga")
                .contains("must not be below reviewMin");
    }

    @Test
    void aCorruptActivePartAfterAValidReadFallsBackToTheLastValidConfiguration() {
        put(ThresholdItem.active(TopicCategory.ORDER_STATUS, 1, TUNED).canary(2, CANDIDATE, 5, UNTIL, "cr-1"));
        ThresholdConfiguration valid = thresholds.current(TopicCategory.ORDER_STATUS);
        put(ThresholdItem.active(TopicCategory.ORDER_STATUS, 2, TUNED).withNumber("auto_respond_min", "1.5"));

        assertThat(thresholds.current(TopicCategory.ORDER_STATUS)).isEqualTo(valid);
        assertThat(corruptCount(TopicCategory.ORDER_STATUS)).isEqualTo(1.0);
    }

    @Test
    void aRepairedItemIsUsedAgain() {
        put(ThresholdItem.active(TopicCategory.RECOMMENDATION, 4, TUNED).withNumber("review_min", "0.95"));
        assertThat(thresholds.current(TopicCategory.RECOMMENDATION).active().version())
                .isZero();

        put(ThresholdItem.active(TopicCategory.RECOMMENDATION, 5, new ThresholdSet(0.9, 0.7, 0.2)));

        TopicThresholds repaired =
                thresholds.current(TopicCategory.RECOMMENDATION).active();
        assertThat(repaired.version()).isEqualTo(5);
        assertThat(repaired.thresholds()).isEqualTo(new ThresholdSet(0.9, 0.7, 0.2));
    }

    private static void put(ThresholdItem item) {
        dynamoDb.putItem(b -> b.tableName(thresholdsTable).item(item.build()));
    }

    private double corruptCount(TopicCategory topic) {
        return meters.counter(DynamoDbThresholds.CORRUPT_ITEMS_METRIC, "topic", topic.code())
                .count();
    }
}
