package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.ThresholdItem;
import com.mangaassist.orchestrator.routing.domain.CanaryThresholds;
import com.mangaassist.orchestrator.routing.domain.OverrideKind;
import com.mangaassist.orchestrator.routing.domain.ThresholdConfiguration;
import com.mangaassist.orchestrator.routing.domain.ThresholdOverride;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ThresholdItemsTest {

    private static final Instant UPDATED = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-04T12:00:00Z");
    private static final ThresholdSet ACTIVE = new ThresholdSet(0.88, 0.55, 0.3);
    private static final ThresholdSet CANDIDATE = new ThresholdSet(0.9, 0.6, 0.3);
    private static final ThresholdSet RELAXED = new ThresholdSet(0.8, 0.5, 0.25);

    @Test
    void theActiveVersionAloneIsReadAsBefore() throws CorruptThresholdItem {
        ThresholdItems.Read read = read(ThresholdItem.active(TopicCategory.ORDER_STATUS, 3, ACTIVE));

        assertThat(read.configuration())
                .isEqualTo(ThresholdConfiguration.of(
                        new TopicThresholds(TopicCategory.ORDER_STATUS, ACTIVE, 3, UPDATED, "ml-lead")));
        assertThat(read.dropped()).isEmpty();
    }

    @Test
    void canaryAndOverridesAreReadWithTheActiveVersion() throws CorruptThresholdItem {
        ThresholdItems.Read read = read(ThresholdItem.active(TopicCategory.ORDER_STATUS, 3, ACTIVE)
                .canary(4, CANDIDATE, 12.5, LATER, "cr-17")
                .override("o-1", "BACKPRESSURE", RELAXED, LATER)
                .override("o-2", "PROFILE", RELAXED, LATER));

        assertThat(read.configuration().canary()).contains(new CanaryThresholds(4, CANDIDATE, 12.5, LATER, "cr-17"));
        assertThat(read.configuration().overrides())
                .containsExactly(
                        new ThresholdOverride("o-1", OverrideKind.BACKPRESSURE, RELAXED, LATER, "test o-1"),
                        new ThresholdOverride("o-2", OverrideKind.PROFILE, RELAXED, LATER, "test o-2"));
        assertThat(read.dropped()).isEmpty();
    }

    @Test
    void aNullCanaryOrOverridesAttributeIsReadAsAbsent() throws CorruptThresholdItem {
        ThresholdItems.Read read = read(ThresholdItem.active(TopicCategory.GENERAL, 3, ACTIVE)
                .with("canary", AttributeValue.fromNul(true))
                .with("overrides", AttributeValue.fromNul(true)));

        assertThat(read.configuration().canary()).isEmpty();
        assertThat(read.configuration().overrides()).isEmpty();
        assertThat(read.dropped()).isEmpty();
    }

    @Test
    void aCorruptCanaryIsDroppedAndTheRestIsUsed() throws CorruptThresholdItem {
        ThresholdItems.Read read = read(ThresholdItem.active(TopicCategory.GENERAL, 3, ACTIVE)
                .canary(4, CANDIDATE, 140, LATER, "cr-17")
                .override("o-1", "EMERGENCY", RELAXED, LATER));

        assertThat(read.configuration().canary()).isEmpty();
        assertThat(read.configuration().overrides()).hasSize(1);
        assertThat(read.configuration().active().version()).isEqualTo(3);
        assertThat(read.dropped()).singleElement().asString().startsWith("canary: percent must be in [0, 100]");
    }

    @Test
    void aCanaryThatIsNotAMapIsDropped() throws CorruptThresholdItem {
        ThresholdItems.Read read =
                read(ThresholdItem.active(TopicCategory.GENERAL, 3, ACTIVE).with("canary", AttributeValue.fromS("4")));

        assertThat(read.configuration().canary()).isEmpty();
        assertThat(read.dropped()).containsExactly("canary: canary is not a map");
    }

    @Test
    void eachCorruptOverrideIsDroppedAloneAndTheValidOnesAreKept() throws CorruptThresholdItem {
        Map<String, AttributeValue> outOfOrder = new HashMap<>(override("o-3", "EMERGENCY"));
        outOfOrder.put("review_min", AttributeValue.fromN("0.95"));
        Map<String, AttributeValue> badExpiry = new HashMap<>(override("o-4", "EMERGENCY"));
        badExpiry.put("expires_at", AttributeValue.fromS("tomorrow"));
        ThresholdItems.Read read = read(ThresholdItem.active(TopicCategory.GENERAL, 3, ACTIVE)
                .override("o-1", "EMERGENCY", RELAXED, LATER)
                .rawOverride(AttributeValue.fromM(override("o-2", "PANIC")))
                .rawOverride(AttributeValue.fromM(outOfOrder))
                .rawOverride(AttributeValue.fromM(badExpiry))
                .rawOverride(AttributeValue.fromS("o-5"))
                .override("o-6", "PROFILE", RELAXED, LATER));

        assertThat(read.configuration().overrides())
                .extracting(ThresholdOverride::id)
                .containsExactly("o-1", "o-6");
        assertThat(read.dropped())
                .hasSize(4)
                .anySatisfy(
                        problem -> assertThat(problem).contains("overrides[1]").contains("unknown kind 'PANIC'"))
                .anySatisfy(
                        problem -> assertThat(problem).contains("overrides[2]").contains("must not be below"))
                .anySatisfy(
                        problem -> assertThat(problem).contains("overrides[3]").contains("o-4"))
                .anySatisfy(
                        problem -> assertThat(problem).contains("overrides[4]").contains("not a map"));
    }

    @Test
    void overridesThatAreNotAListAreDropped() throws CorruptThresholdItem {
        ThresholdItems.Read read = read(
                ThresholdItem.active(TopicCategory.GENERAL, 3, ACTIVE).with("overrides", AttributeValue.fromS("[]")));

        assertThat(read.configuration().overrides()).isEmpty();
        assertThat(read.dropped()).containsExactly("overrides: not a list");
    }

    @Test
    void anOverrideWithoutReasonIsKeptWithAnEmptyOne() throws CorruptThresholdItem {
        Map<String, AttributeValue> withoutReason = new HashMap<>(override("o-1", "EMERGENCY"));
        withoutReason.remove("reason");

        ThresholdItems.Read read = read(ThresholdItem.active(TopicCategory.GENERAL, 3, ACTIVE)
                .rawOverride(AttributeValue.fromM(withoutReason)));

        assertThat(read.configuration().overrides())
                .singleElement()
                .satisfies(o -> assertThat(o.reason()).isEmpty());
    }

    @Test
    void anItemWithOutOfOrderActiveThresholdsIsCorrupt() {
        assertThatThrownBy(() -> read(ThresholdItem.active(TopicCategory.ORDER_STATUS, 3, ACTIVE)
                        .withNumber("review_min", "0.95")))
                .isInstanceOf(CorruptThresholdItem.class)
                .hasMessageContaining("must not be below reviewMin");
    }

    @Test
    void anItemWithAMissingOrMistypedActiveAttributeIsCorrupt() {
        Map<String, AttributeValue> missing =
                ThresholdItem.active(TopicCategory.ORDER_STATUS, 3, ACTIVE).build();
        missing.remove("handoff_below");

        assertThatThrownBy(() -> ThresholdItems.read(TopicCategory.ORDER_STATUS, missing))
                .isInstanceOf(CorruptThresholdItem.class)
                .hasMessage("attribute handoff_below is missing or not a number");
        assertThatThrownBy(() -> read(ThresholdItem.active(TopicCategory.ORDER_STATUS, 3, ACTIVE)
                        .with("version", AttributeValue.fromS("3"))))
                .isInstanceOf(CorruptThresholdItem.class)
                .hasMessage("attribute version is missing or not a number");
    }

    @Test
    void anItemWithAFractionalVersionOrBadTimestampIsCorrupt() {
        assertThatThrownBy(() -> read(ThresholdItem.active(TopicCategory.ORDER_STATUS, 3, ACTIVE)
                        .withNumber("version", "3.5")))
                .isInstanceOf(CorruptThresholdItem.class);
        assertThatThrownBy(() -> read(ThresholdItem.active(TopicCategory.ORDER_STATUS, 3, ACTIVE)
                        .with("updated_at", AttributeValue.fromS("yesterday"))))
                .isInstanceOf(CorruptThresholdItem.class);
    }

    @Test
    void anItemOfAnotherCategoryIsCorrupt() {
        assertThatThrownBy(() -> ThresholdItems.read(
                        TopicCategory.REFUND,
                        ThresholdItem.active(TopicCategory.ORDER_STATUS, 3, ACTIVE)
                                .build()))
                .isInstanceOf(CorruptThresholdItem.class)
                .hasMessage("category is 'order_status', expected 'refund'");
    }

    @Test
    void theReadConfigurationHasNoCanaryOrOverrideWhenNoneIsStored() throws CorruptThresholdItem {
        assertThat(read(ThresholdItem.active(TopicCategory.LEGAL, 1, ACTIVE))
                        .configuration()
                        .canary())
                .isEqualTo(Optional.empty());
        assertThat(read(ThresholdItem.active(TopicCategory.LEGAL, 1, ACTIVE))
                        .configuration()
                        .overrides())
                .isEqualTo(List.of());
    }

    private static ThresholdItems.Read read(ThresholdItem item) throws CorruptThresholdItem {
        Map<String, AttributeValue> built = item.build();
        return ThresholdItems.read(
                TopicCategory.fromCode(built.get("category").s()).orElseThrow(), built);
    }

    private static Map<String, AttributeValue> override(String id, String kind) {
        return ThresholdItem.active(TopicCategory.GENERAL, 1, ACTIVE)
                .override(id, kind, RELAXED, LATER)
                .build()
                .get("overrides")
                .l()
                .get(0)
                .m();
    }
}
