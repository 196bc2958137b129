package com.mangaassist.orchestrator.turnstats.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.LocalDynamoDb;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import com.mangaassist.orchestrator.turnstats.application.FlushTurnStats;
import com.mangaassist.orchestrator.turnstats.domain.HistogramIncrement;
import com.mangaassist.orchestrator.turnstats.domain.RoutedTurn;
import com.mangaassist.orchestrator.turnstats.domain.RoutingCountIncrement;
import com.mangaassist.orchestrator.turnstats.domain.TurnTally;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(LocalAwsExtension.class)
class DynamoDbTurnStatsIntegrationTest {

    private static final Instant HOUR = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(8);

    private static DynamoDbClient dynamoDb;
    private static String histograms;
    private static String counts;

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String prefix) {
        dynamoDb = LocalDynamoDb.client(endpoints);
        histograms = Resources.CONFIDENCE_HISTOGRAMS.physicalName(prefix);
        counts = Resources.ROUTING_COUNTS.physicalName(prefix);
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    @Test
    void histogramIncrementsAddUpInTheItemOfTheirCategoryAndHour() {
        DynamoDbTurnStats store = new DynamoDbTurnStats(dynamoDb, histograms, counts, RETENTION);

        store.add(new HistogramIncrement(TopicCategory.GENERAL, HOUR, Map.of(853, 2L, 0, 1L), 3));
        store.add(new HistogramIncrement(TopicCategory.GENERAL, HOUR, Map.of(853, 1L, 1000, 4L), 5));

        Map<String, AttributeValue> item = item(histograms, "hour", "2026-12-04T10", "general");
        assertThat(item.get("b0853").n()).isEqualTo("3");
        assertThat(item.get("b0000").n()).isEqualTo("1");
        assertThat(item.get("b1000").n()).isEqualTo("4");
        assertThat(item.get("total").n()).isEqualTo("8");
        assertThat(item.get("expires_at").n())
                .isEqualTo(Long.toString(HOUR.plus(RETENTION).getEpochSecond()));
        assertThat(item.keySet())
                .containsExactlyInAnyOrder("category", "hour", "b0000", "b0853", "b1000", "total", "expires_at");
    }

    @Test
    void routingCountIncrementsAddUpInTheItemOfTheirCategoryVariantAndBucket() {
        DynamoDbTurnStats store = new DynamoDbTurnStats(dynamoDb, histograms, counts, RETENTION);
        Instant bucket = HOUR.plusSeconds(10);

        store.add(new RoutingCountIncrement(TopicCategory.REFUND, ThresholdVariant.CANARY, bucket, 1, 2, 0));
        store.add(new RoutingCountIncrement(TopicCategory.REFUND, ThresholdVariant.CANARY, bucket, 0, 1, 3));

        Map<String, AttributeValue> item = item(counts, "bucket", "CANARY#2026-12-04T10:00:10Z", "refund");
        assertThat(item.get("auto").n()).isEqualTo("1");
        assertThat(item.get("review").n()).isEqualTo("3");
        assertThat(item.get("handoff").n()).isEqualTo("3");
        assertThat(item.get("expires_at").n())
                .isEqualTo(Long.toString(bucket.plus(RETENTION).getEpochSecond()));
    }

    @Test
    void aFullHistogramIsFlushedInChunksIntoOneItem() {
        MutableClock clock = new MutableClock(HOUR.plus(Duration.ofHours(2)));
        TurnTally tally = new TurnTally(clock, Duration.ofSeconds(10));
        FlushTurnStats flush = new FlushTurnStats(
                tally, new DynamoDbTurnStats(dynamoDb, histograms, counts, RETENTION), RETENTION, clock);
        for (int bin = 0; bin <= 1000; bin++) {
            tally.count(new RoutedTurn(
                    TopicCategory.RARE_MANGA, bin / 1000.0, RouteDecision.REVIEW, ThresholdVariant.ACTIVE, false));
        }

        assertThat(flush.flush().written()).isEqualTo(11 + 1);

        Map<String, AttributeValue> item = item(histograms, "hour", "2026-12-04T12", "rare_manga");
        assertThat(item.get("total").n()).isEqualTo("1001");
        assertThat(item.keySet().stream().filter(name -> name.matches("b\\d{4}")))
                .hasSize(1001);
        assertThat(item.get("b0500").n()).isEqualTo("1");
        assertThat(item(counts, "bucket", "ACTIVE#2026-12-04T12:00:00Z", "rare_manga")
                        .get("review")
                        .n())
                .isEqualTo("1001");
    }

    private static Map<String, AttributeValue> item(String table, String sortKey, String sortValue, String category) {
        return dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of(
                                "category", AttributeValue.fromS(category), sortKey, AttributeValue.fromS(sortValue)))
                        .consistentRead(true))
                .item();
    }
}
