package com.mangaassist.threshold.signals.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.review.ReviewSignalAttributes;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import com.mangaassist.threshold.signals.domain.ReviewSignalsUnavailableException;
import com.mangaassist.threshold.signals.domain.SignalMerge;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/** Items written as the review service writes them, read back merged through the local stack's DynamoDB. */
@ExtendWith(LocalAwsExtension.class)
class DynamoDbReviewSignalsIntegrationTest {

    static final Instant NOW = Instant.parse("2026-11-28T11:15:00Z");

    static DynamoDbClient dynamoDb;
    static String table;

    final MutableClock clock = new MutableClock(NOW);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final JsonMapper json = JsonMapper.builder().build();
    DynamoDbReviewSignals signals;

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String prefix) {
        dynamoDb = DynamoDbClient.builder()
                .endpointOverride(endpoints.dynamoDb())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        table = Resources.REVIEW_SIGNALS.physicalName(prefix);
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    @BeforeEach
    void emptyTable() {
        for (Map<String, AttributeValue> item :
                dynamoDb.scanPaginator(b -> b.tableName(table)).items()) {
            dynamoDb.deleteItem(b -> b.tableName(table)
                    .key(Map.of(ReviewSignalAttributes.INSTANCE_ID, item.get(ReviewSignalAttributes.INSTANCE_ID))));
        }
        signals = new DynamoDbReviewSignals(dynamoDb, table, json, SignalMerge.withDefaultMaxAge(), clock, meters);
    }

    /** The JSON of the review service's QueueStats (docs/REVIEW-QUEUE.md), every field it writes. */
    static String queueStats(
            Instant at,
            long p1Depth,
            long p1Oldest,
            double p1Arrivals,
            long p3Depth,
            double p3Arrivals,
            int active,
            String throughput,
            double approvedUnchanged) {
        return """
                {"at":"%s","windowSeconds":300,"depth":%d,
                 "perPriority":{
                   "P1":{"depth":%d,"claimed":2,"oldestAgeSeconds":%d,"waitingPastSla":9,"slaBreachRate":0.43,\
                "arrivalsPerMinute":%s,"completionsPerMinute":1.0},
                   "P2":{"depth":0,"claimed":0,"oldestAgeSeconds":0,"waitingPastSla":0,"slaBreachRate":0.0,\
                "arrivalsPerMinute":0.0,"completionsPerMinute":0.0},
                   "P3":{"depth":%d,"claimed":1,"oldestAgeSeconds":290,"waitingPastSla":100,"slaBreachRate":0.67,\
                "arrivalsPerMinute":%s,"completionsPerMinute":3.0},
                   "P4":{"depth":0,"claimed":0,"oldestAgeSeconds":0,"waitingPastSla":0,"slaBreachRate":0.0,\
                "arrivalsPerMinute":0.0,"completionsPerMinute":0.0}},
                 "arrivalsPerMinute":%s,"completionsPerMinute":4.0,"activeReviewers":%d,"minimumStaffing":3,
                 "belowMinimumStaffing":true,"throughputPerReviewerPerHour":%s,"approvedUnchangedRate":%s}
                """.formatted(
                        at,
                        p1Depth + p3Depth,
                        p1Depth,
                        p1Oldest,
                        p1Arrivals,
                        p3Depth,
                        p3Arrivals,
                        p1Arrivals + p3Arrivals,
                        active,
                        throughput,
                        approvedUnchanged);
    }

    void put(String instanceId, Instant at, String snapshot) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ReviewSignalAttributes.INSTANCE_ID, AttributeValue.fromS(instanceId));
        item.put(ReviewSignalAttributes.AT, AttributeValue.fromS(SortableTime.format(at)));
        item.put(ReviewSignalAttributes.SNAPSHOT, AttributeValue.fromS(snapshot));
        item.put(
                ReviewSignalAttributes.EXPIRES_AT,
                AttributeValue.fromN(
                        Long.toString(at.plus(Duration.ofMinutes(10)).getEpochSecond())));
        dynamoDb.putItem(b -> b.tableName(table).item(item));
    }

    double corruptCount() {
        return meters.get("mangaassist.threshold.signals.corrupt").counter().count();
    }

    @Test
    void twoInstancesAreMergedAndAStaleOneIsIgnored() {
        Instant tenAgo = NOW.minusSeconds(10);
        Instant twoAgo = NOW.minusSeconds(2);
        put("review-queue-a", tenAgo, queueStats(tenAgo, 11, 470, 2.0, 200, 20.0, 3, "{\"ana\":90.0}", 0.8));
        put(
                "review-queue-b",
                twoAgo,
                queueStats(twoAgo, 12, 480, 1.2, 205, 16.8, 2, "{\"ana\":30.0,\"ben\":60.0}", 0.71));
        Instant fiveMinutesAgo = NOW.minusSeconds(300);
        put(
                "review-queue-gone",
                fiveMinutesAgo,
                queueStats(fiveMinutesAgo, 900, 9000, 99.0, 900, 99.0, 9, "{\"zed\":999.0}", 0.1));

        CapacitySignals merged = signals.current().orElseThrow();

        assertThat(merged.at()).isEqualTo(twoAgo);
        assertThat(merged.perPriority().get(Priority.P1).depth()).isEqualTo(12);
        assertThat(merged.perPriority().get(Priority.P1).oldestAgeSeconds()).isEqualTo(480);
        assertThat(merged.perPriority().get(Priority.P1).arrivalsPerMinute()).isCloseTo(3.2, offset(1e-9));
        assertThat(merged.perPriority().get(Priority.P1).completionsPerMinute()).isCloseTo(2.0, offset(1e-9));
        assertThat(merged.perPriority().get(Priority.P3).depth()).isEqualTo(205);
        assertThat(merged.perPriority().get(Priority.P3).arrivalsPerMinute()).isCloseTo(36.8, offset(1e-9));
        assertThat(merged.perPriority().get(Priority.P2)).isEqualTo(PriorityLoad.EMPTY);
        assertThat(merged.depth()).isEqualTo(217);
        assertThat(merged.arrivalsPerMinute()).isCloseTo(40.0, offset(1e-9));
        assertThat(merged.activeReviewers()).isEqualTo(2);
        assertThat(merged.minimumStaffing()).isEqualTo(3);
        // ana 90 + 30 = 120, ben 60
        assertThat(merged.reviewsPerReviewerPerHour()).isCloseTo(90.0, offset(1e-9));
        assertThat(merged.approvedUnchangedRate()).isEqualTo(0.71);
        assertThat(corruptCount()).isZero();
    }

    @Test
    void corruptItemsAreSkippedAndCountedWithoutFailingTheRead() {
        Instant fiveAgo = NOW.minusSeconds(5);
        put("review-queue-good", fiveAgo, queueStats(fiveAgo, 3, 30, 1.0, 4, 2.0, 2, "{}", 0.5));
        put("review-queue-garbled", NOW.minusSeconds(1), "{\"at\":\"2026-11-28T11:14:59Z\",\"perPri");
        put(
                "review-queue-negative",
                NOW.minusSeconds(1),
                queueStats(NOW.minusSeconds(1), -4, 30, 1.0, 4, 2.0, 2, "{}", 0.5));
        put("review-queue-no-priorities", NOW.minusSeconds(1), "{\"at\":\"2026-11-28T11:14:59Z\",\"depth\":3}");
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        ReviewSignalAttributes.INSTANCE_ID, AttributeValue.fromS("review-queue-no-snapshot"),
                        ReviewSignalAttributes.AT, AttributeValue.fromS(SortableTime.format(NOW)))));

        CapacitySignals merged = signals.current().orElseThrow();

        assertThat(merged.at()).isEqualTo(fiveAgo);
        assertThat(merged.depth()).isEqualTo(7);
        assertThat(corruptCount()).isEqualTo(4.0);
    }

    @Test
    void fieldsAddedByANewerReviewServiceAreIgnored() {
        Instant at = NOW.minusSeconds(4);
        String newer = queueStats(at, 1, 5, 1.0, 2, 1.0, 4, "{\"ana\":10.0}", 1.0)
                .replace("\"windowSeconds\":300,", "\"windowSeconds\":300,\"region\":\"ap-northeast-1\",")
                .replace(
                        "\"P4\":{",
                        "\"P5\":{\"depth\":77,\"oldestAgeSeconds\":1},\"P4\":{\"escalated\":{\"count\":1},");

        CapacitySignals merged = readBack("review-queue-newer", at, newer);

        assertThat(merged.depth()).isEqualTo(3);
        assertThat(merged.activeReviewers()).isEqualTo(4);
        assertThat(corruptCount()).isZero();
    }

    @Test
    void withoutFreshSnapshotsThereAreNoSignals() {
        assertThat(signals.current()).isEmpty();

        Instant at = NOW.minusSeconds(59);
        put("review-queue-a", at, queueStats(at, 1, 5, 1.0, 2, 1.0, 4, "{}", 1.0));
        assertThat(signals.current()).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(signals.current()).isEmpty();
    }

    @Test
    void manyInstancesAreAllRead() {
        for (int i = 0; i < 40; i++) {
            Instant at = NOW.minusSeconds(1 + i % 30);
            put("review-queue-" + i, at, queueStats(at, 1, 5, 0.5, 2, 0.25, 4, "{\"r" + i + "\":10.0}", 1.0));
        }

        CapacitySignals merged = signals.current().orElseThrow();

        assertThat(merged.arrivalsPerMinute()).isCloseTo(40 * 0.75, offset(1e-9));
        assertThat(merged.reviewsPerReviewerPerHour()).isCloseTo(10.0, offset(1e-9));
    }

    @Test
    void aTableThatCannotBeReadIsReportedAsUnavailable() {
        DynamoDbReviewSignals missing = new DynamoDbReviewSignals(
                dynamoDb, table + "-missing", json, SignalMerge.withDefaultMaxAge(), clock, meters);

        assertThatThrownBy(missing::current)
                .isInstanceOf(ReviewSignalsUnavailableException.class)
                .hasMessageContaining(table + "-missing");
    }

    CapacitySignals readBack(String instanceId, Instant at, String snapshot) {
        put(instanceId, at, snapshot);
        return signals.current().orElseThrow();
    }
}
