package com.mangaassist.orchestrator.routing.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.LocalDynamoDb;
import com.mangaassist.orchestrator.routing.ThresholdItem;
import com.mangaassist.orchestrator.routing.adapter.out.dynamodb.DynamoDbThresholds;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ExtendWith(LocalAwsExtension.class)
class CachedThresholdsIntegrationTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final ThresholdSet FIRST = new ThresholdSet(0.9, 0.6, 0.25);
    private static final ThresholdSet SECOND = new ThresholdSet(0.95, 0.6, 0.25);

    private static DynamoDbClient dynamoDb;
    private static String table;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String prefix) {
        dynamoDb = LocalDynamoDb.client(endpoints);
        table = Resources.THRESHOLDS.physicalName(prefix);
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    @Test
    void theOldVersionIsServedWithinTheTtlAndTheNewOneOnceItHasPassed() {
        CachedThresholds cached = cachedOverDynamoDb();
        put(ThresholdItem.active(TopicCategory.GENERAL, 1, FIRST));
        assertThat(cached.current(TopicCategory.GENERAL).active().version()).isEqualTo(1);

        put(ThresholdItem.active(TopicCategory.GENERAL, 2, SECOND));
        clock.advance(TTL.minusSeconds(1));
        assertThat(cached.current(TopicCategory.GENERAL).active().thresholds()).isEqualTo(FIRST);

        clock.advance(Duration.ofSeconds(2));
        assertThat(cached.current(TopicCategory.GENERAL).active().version()).isEqualTo(2);
        assertThat(cached.current(TopicCategory.GENERAL).active().thresholds()).isEqualTo(SECOND);
    }

    @Test
    void anInvalidatedTopicIsReadAgainAtOnce() {
        CachedThresholds cached = cachedOverDynamoDb();
        put(ThresholdItem.active(TopicCategory.REFUND, 1, FIRST));
        assertThat(cached.current(TopicCategory.REFUND).active().version()).isEqualTo(1);
        put(ThresholdItem.active(TopicCategory.REFUND, 2, SECOND));

        cached.invalidate(TopicCategory.REFUND);

        assertThat(cached.current(TopicCategory.REFUND).active().version()).isEqualTo(2);
    }

    private static void put(ThresholdItem item) {
        dynamoDb.putItem(b -> b.tableName(table).item(item.build()));
    }

    private CachedThresholds cachedOverDynamoDb() {
        return new CachedThresholds(new DynamoDbThresholds(dynamoDb, table, new SimpleMeterRegistry()), TTL, clock);
    }
}
