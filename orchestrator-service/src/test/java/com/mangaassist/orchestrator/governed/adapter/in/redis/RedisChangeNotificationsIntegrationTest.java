package com.mangaassist.orchestrator.governed.adapter.in.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.adapter.out.cache.CachedPromptLibrary;
import com.mangaassist.orchestrator.answering.adapter.out.dynamodb.DynamoDbPromptLibrary;
import com.mangaassist.orchestrator.routing.LocalDynamoDb;
import com.mangaassist.orchestrator.routing.ThresholdItem;
import com.mangaassist.orchestrator.routing.adapter.out.cache.CachedThresholds;
import com.mangaassist.orchestrator.routing.adapter.out.dynamodb.DynamoDbThresholds;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Notifications published the way the threshold service publishes them reach the caches over DynamoDB
 * at once, on both channels, through one listener container.
 */
@ExtendWith(LocalAwsExtension.class)
class RedisChangeNotificationsIntegrationTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Duration IMMEDIATELY = Duration.ofSeconds(5);
    private static final ThresholdSet FIRST = new ThresholdSet(0.9, 0.6, 0.25);
    private static final ThresholdSet SECOND = new ThresholdSet(0.95, 0.6, 0.25);

    private static DynamoDbClient dynamoDb;
    private static LettuceConnectionFactory redisConnections;
    private static String prefix;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    private String thresholdsChannel;
    private String promptsChannel;
    private CachedThresholds thresholds;
    private CachedPromptLibrary prompts;
    private RedisMessageListenerContainer container;

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String testPrefix) {
        dynamoDb = LocalDynamoDb.client(endpoints);
        prefix = testPrefix;
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
        thresholdsChannel = "mangaassist:thresholds:changed:" + prefix;
        promptsChannel = "mangaassist:prompts:changed:" + prefix;
        thresholds = new CachedThresholds(
                new DynamoDbThresholds(dynamoDb, Resources.THRESHOLDS.physicalName(prefix), new SimpleMeterRegistry()),
                TTL,
                clock);
        prompts = new CachedPromptLibrary(
                new DynamoDbPromptLibrary(
                        dynamoDb,
                        Resources.PROMPTS.physicalName(prefix),
                        Map.of("answering-system", "built in"),
                        new SimpleMeterRegistry()),
                TTL,
                clock);
        container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redisConnections);
        new RedisChangeNotifications(thresholdsChannel, thresholds::invalidate, thresholds::invalidateAll)
                .subscribe(container);
        new RedisChangeNotifications(promptsChannel, prompts::invalidate, prompts::invalidateAll).subscribe(container);
        container.afterPropertiesSet();
        container.start();
        await().atMost(IMMEDIATELY).until(container::isListening);
    }

    @AfterEach
    void stopListening() throws Exception {
        container.destroy();
    }

    @Test
    void aChangeOfOneTopicReachesItsCachedCopyAtOnceAndLeavesTheOthers() {
        storeTwoVersions(TopicCategory.GENERAL);
        storeTwoVersions(TopicCategory.LEGAL);

        publish(thresholdsChannel, "legal");

        await().atMost(IMMEDIATELY)
                .untilAsserted(() -> assertThat(
                                thresholds.current(TopicCategory.LEGAL).active().version())
                        .isEqualTo(2));
        assertThat(thresholds.current(TopicCategory.GENERAL).active().version()).isEqualTo(1);
    }

    @Test
    void anAsteriskReachesEveryCachedTopic() {
        storeTwoVersions(TopicCategory.PRODUCT_INFO);
        storeTwoVersions(TopicCategory.AVAILABILITY);

        publish(thresholdsChannel, "*");

        await().atMost(IMMEDIATELY).untilAsserted(() -> {
            assertThat(thresholds.current(TopicCategory.PRODUCT_INFO).active().version())
                    .isEqualTo(2);
            assertThat(thresholds.current(TopicCategory.AVAILABILITY).active().version())
                    .isEqualTo(2);
        });
    }

    @Test
    void aPromptChangeReachesThePromptCacheAtOnce() {
        assertThat(prompts.versions("answering-system").active().version()).isZero();
        dynamoDb.putItem(b -> b.tableName(Resources.PROMPTS.physicalName(prefix))
                .item(Map.of(
                        "prompt_id", AttributeValue.fromS("answering-system"),
                        "version", AttributeValue.fromN("1"),
                        "status", AttributeValue.fromS("ACTIVE"),
                        "text", AttributeValue.fromS("governed text"))));
        assertThat(prompts.versions("answering-system").active().version()).isZero();

        publish(promptsChannel, "answering-system");

        await().atMost(IMMEDIATELY)
                .untilAsserted(() -> assertThat(
                                prompts.versions("answering-system").active().text())
                        .isEqualTo("governed text"));
    }

    private void publish(String channel, String message) {
        new StringRedisTemplate(redisConnections).convertAndSend(channel, message);
    }

    /** Stores versions 1 and 2 of {@code topic}, with version 1 in the cache and the clock unmoved. */
    private void storeTwoVersions(TopicCategory topic) {
        put(ThresholdItem.active(topic, 1, FIRST));
        assertThat(thresholds.current(topic).active().version()).isEqualTo(1);
        put(ThresholdItem.active(topic, 2, SECOND));
        assertThat(thresholds.current(topic).active().version()).isEqualTo(1);
    }

    private static void put(ThresholdItem item) {
        dynamoDb.putItem(
                b -> b.tableName(Resources.THRESHOLDS.physicalName(prefix)).item(item.build()));
    }
}
