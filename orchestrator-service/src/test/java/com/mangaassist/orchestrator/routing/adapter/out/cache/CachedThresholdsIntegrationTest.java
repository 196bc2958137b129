package com.mangaassist.orchestrator.routing.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.LocalDynamoDb;
import com.mangaassist.orchestrator.routing.adapter.out.dynamodb.DynamoDbThresholdChanges;
import com.mangaassist.orchestrator.routing.adapter.out.dynamodb.DynamoDbThresholds;
import com.mangaassist.orchestrator.routing.domain.ThresholdChange;
import com.mangaassist.orchestrator.routing.domain.ThresholdChangeOutcome;
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
    private static String prefix;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String testPrefix) {
        dynamoDb = LocalDynamoDb.client(endpoints);
        prefix = testPrefix;
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    @Test
    void theOldVersionIsServedWithinTheTtlAndTheNewOneOnceItHasPassed() {
        DynamoDbThresholdChanges changes = changes();
        CachedThresholds cached = cachedOverDynamoDb();
        changes.apply(new ThresholdChange(TopicCategory.GENERAL, FIRST, 0, "alice"));
        assertThat(cached.current(TopicCategory.GENERAL).version()).isEqualTo(1);

        assertThat(changes.apply(new ThresholdChange(TopicCategory.GENERAL, SECOND, 1, "bob")))
                .isInstanceOf(ThresholdChangeOutcome.Applied.class);
        clock.advance(TTL.minusSeconds(1));
        assertThat(cached.current(TopicCategory.GENERAL).thresholds()).isEqualTo(FIRST);

        clock.advance(Duration.ofSeconds(2));
        assertThat(cached.current(TopicCategory.GENERAL).version()).isEqualTo(2);
        assertThat(cached.current(TopicCategory.GENERAL).thresholds()).isEqualTo(SECOND);
    }

    @Test
    void anInvalidatedTopicIsReadAgainAtOnce() {
        DynamoDbThresholdChanges changes = changes();
        CachedThresholds cached = cachedOverDynamoDb();
        changes.apply(new ThresholdChange(TopicCategory.REFUND, FIRST, 0, "alice"));
        assertThat(cached.current(TopicCategory.REFUND).version()).isEqualTo(1);
        changes.apply(new ThresholdChange(TopicCategory.REFUND, SECOND, 1, "bob"));

        cached.invalidate(TopicCategory.REFUND);

        assertThat(cached.current(TopicCategory.REFUND).version()).isEqualTo(2);
    }

    private DynamoDbThresholdChanges changes() {
        return new DynamoDbThresholdChanges(
                dynamoDb,
                Resources.THRESHOLDS.physicalName(prefix),
                Resources.THRESHOLD_VERSIONS.physicalName(prefix),
                clock);
    }

    private CachedThresholds cachedOverDynamoDb() {
        return new CachedThresholds(
                new DynamoDbThresholds(dynamoDb, Resources.THRESHOLDS.physicalName(prefix), new SimpleMeterRegistry()),
                TTL,
                clock);
    }
}
