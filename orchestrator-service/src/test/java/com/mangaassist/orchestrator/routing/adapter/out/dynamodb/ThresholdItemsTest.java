package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ThresholdItemsTest {

    private static final TopicThresholds THRESHOLDS = new TopicThresholds(
            TopicCategory.ORDER_STATUS,
            new ThresholdSet(0.88, 0.55, 0.3),
            3,
            Instant.parse("2026-11-28T11:00:00Z"),
            "ml-lead");

    @Test
    void thresholdsSurviveTheItemRoundTrip() throws CorruptThresholdItem {
        Map<String, AttributeValue> item = ThresholdItems.item(THRESHOLDS);

        assertThat(item.get("category").s()).isEqualTo("order_status");
        assertThat(item.get("version").n()).isEqualTo("3");
        assertThat(item.get("auto_respond_min").n()).isEqualTo("0.88");
        assertThat(ThresholdItems.thresholds(TopicCategory.ORDER_STATUS, item)).isEqualTo(THRESHOLDS);
    }

    @Test
    void anItemWithOutOfOrderThresholdsIsCorrupt() {
        Map<String, AttributeValue> item = with("review_min", AttributeValue.fromN("0.95"));

        assertThatThrownBy(() -> ThresholdItems.thresholds(TopicCategory.ORDER_STATUS, item))
                .isInstanceOf(CorruptThresholdItem.class)
                .hasMessageContaining("must not be below reviewMin");
    }

    @Test
    void anItemWithAMissingOrMistypedAttributeIsCorrupt() {
        Map<String, AttributeValue> missing = new HashMap<>(ThresholdItems.item(THRESHOLDS));
        missing.remove("handoff_below");

        assertThatThrownBy(() -> ThresholdItems.thresholds(TopicCategory.ORDER_STATUS, missing))
                .isInstanceOf(CorruptThresholdItem.class)
                .hasMessage("attribute handoff_below is missing or not a number");
        assertThatThrownBy(() -> ThresholdItems.thresholds(
                        TopicCategory.ORDER_STATUS, with("version", AttributeValue.fromS("3"))))
                .isInstanceOf(CorruptThresholdItem.class)
                .hasMessage("attribute version is missing or not a number");
    }

    @Test
    void anItemWithAFractionalVersionOrBadTimestampIsCorrupt() {
        assertThatThrownBy(() -> ThresholdItems.thresholds(
                        TopicCategory.ORDER_STATUS, with("version", AttributeValue.fromN("3.5"))))
                .isInstanceOf(CorruptThresholdItem.class);
        assertThatThrownBy(() -> ThresholdItems.thresholds(
                        TopicCategory.ORDER_STATUS, with("updated_at", AttributeValue.fromS("yesterday"))))
                .isInstanceOf(CorruptThresholdItem.class);
    }

    @Test
    void anItemOfAnotherCategoryIsCorrupt() {
        assertThatThrownBy(() -> ThresholdItems.thresholds(TopicCategory.REFUND, ThresholdItems.item(THRESHOLDS)))
                .isInstanceOf(CorruptThresholdItem.class)
                .hasMessage("category is 'order_status', expected 'refund'");
    }

    private static Map<String, AttributeValue> with(String name, AttributeValue value) {
        Map<String, AttributeValue> item = new HashMap<>(ThresholdItems.item(THRESHOLDS));
        item.put(name, value);
        return item;
    }
}
