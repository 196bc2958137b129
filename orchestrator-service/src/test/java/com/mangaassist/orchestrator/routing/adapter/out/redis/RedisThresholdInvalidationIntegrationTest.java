package com.mangaassist.orchestrator.routing.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.LocalDynamoDb;
import com.mangaassist.orchestrator.routing.adapter.out.cache.CachedThresholds;
import com.mangaassist.orchestrator.routing.adapter.out.dynamodb.DynamoDbThresholdChanges;
import com.mangaassist.orchestrator.routing.adapter.out.dynamodb.DynamoDbThresholds;
import com.mangaassist.orchestrator.routing.domain.ThresholdChange;
import com.mangaassist.orchestrator.routing.domain.ThresholdsChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ExtendWith(LocalAwsExtension.class)
class RedisThresholdInvalidationIntegrationTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Duration IMMEDIATELY = Duration.ofSeconds(5);
    private static final ThresholdSet FIRST = new ThresholdSet(0.9, 0.6, 0.25);
    private static final ThresholdSet SECOND = new ThresholdSet(0.95, 0.6, 0.25);

    private static DynamoDbClient dynamoDb;
    private static LettuceConnectionFactory redisConnections;
    private static String prefix;
    private static String channel;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    private DynamoDbThresholdChanges changes;
    private CachedThresholds cached;
    private RedisThresholdInvalidation invalidation;
    private RedisMessageListenerContainer container;

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String testPrefix) {
        dynamoDb = LocalDynamoDb.client(endpoints);
        prefix = testPrefix;
        channel = "mangaassist:thresholds:changed:" + testPrefix;
        URI redis = endpoints.redis();
        redisConnections =
                new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.getHost(), redis.getPort()));
        redisConnections.afterPropertiesSet();
        redisConnections.start();
    }

    @AfterAll
    static void close() {
        redisConnections.destroy();
        dynamoDb.close();
    }

    @BeforeEach
    void listen() {
        changes = new DynamoDbThresholdChanges(
                dynamoDb,
                Resources.THRESHOLDS.physicalName(prefix),
                Resources.THRESHOLD_VERSIONS.physicalName(prefix),
                clock);
        cached = new CachedThresholds(
                new DynamoDbThresholds(dynamoDb, Resources.THRESHOLDS.physicalName(prefix), new SimpleMeterRegistry()),
                TTL,
                clock);
        invalidation = new RedisThresholdInvalidation(new StringRedisTemplate(redisConnections), channel, cached::on);
        container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redisConnections);
        invalidation.subscribe(container);
        container.afterPropertiesSet();
        container.start();
        await().atMost(IMMEDIATELY).until(container::isListening);
    }

    @AfterEach
    void stopListening() throws Exception {
        container.destroy();
    }

    @Test
    void anAnnouncedChangeOfATopicReachesTheCacheAtOnce() {
        storeTwoVersions(TopicCategory.REFUND);

        invalidation.announce(ThresholdsChanged.of(TopicCategory.REFUND));

        await().atMost(IMMEDIATELY)
                .untilAsserted(
                        () -> assertThat(cached.current(TopicCategory.REFUND).thresholds())
                                .isEqualTo(SECOND));
    }

    @Test
    void aChangeOfOneTopicLeavesTheOtherTopicsCached() {
        storeTwoVersions(TopicCategory.GENERAL);
        storeTwoVersions(TopicCategory.LEGAL);

        invalidation.announce(ThresholdsChanged.of(TopicCategory.LEGAL));

        await().atMost(IMMEDIATELY)
                .untilAsserted(
                        () -> assertThat(cached.current(TopicCategory.LEGAL).version())
                                .isEqualTo(2));
        assertThat(cached.current(TopicCategory.GENERAL).version()).isEqualTo(1);
    }

    @Test
    void anAnnouncementForEveryTopicReachesEveryCachedTopic() {
        storeTwoVersions(TopicCategory.PRODUCT_INFO);
        storeTwoVersions(TopicCategory.AVAILABILITY);

        invalidation.announce(ThresholdsChanged.all());

        await().atMost(IMMEDIATELY).untilAsserted(() -> {
            assertThat(cached.current(TopicCategory.PRODUCT_INFO).version()).isEqualTo(2);
            assertThat(cached.current(TopicCategory.AVAILABILITY).version()).isEqualTo(2);
        });
    }

    @Test
    void aTopicCodePublishedByAnotherServiceIsHeard() {
        storeTwoVersions(TopicCategory.COMPLAINT);

        new StringRedisTemplate(redisConnections).convertAndSend(channel, "complaint");

        await().atMost(IMMEDIATELY)
                .untilAsserted(
                        () -> assertThat(cached.current(TopicCategory.COMPLAINT).version())
                                .isEqualTo(2));
    }

    /** Stores versions 1 and 2 of {@code topic}, with version 1 in the cache and the clock unmoved. */
    private void storeTwoVersions(TopicCategory topic) {
        changes.apply(new ThresholdChange(topic, FIRST, 0, "alice"));
        assertThat(cached.current(topic).version()).isEqualTo(1);
        changes.apply(new ThresholdChange(topic, SECOND, 1, "bob"));
        assertThat(cached.current(topic).version()).isEqualTo(1);
    }
}
