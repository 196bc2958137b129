package com.mangaassist.orchestrator.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.governed.adapter.in.redis.ChangeNotificationSubscription;
import com.mangaassist.orchestrator.routing.domain.Routed;
import com.mangaassist.orchestrator.routing.domain.Router;
import com.mangaassist.orchestrator.routing.domain.RoutingInput;
import com.mangaassist.orchestrator.routing.domain.SessionId;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The routing beans of the running service against the local stack: the router reads the thresholds item
 * the threshold service writes (written here with the plain SDK) through the cache, a change notification
 * on Redis reaches that cache, the default five-minute expiry follows the service's clock, and an override
 * ends on time in a cached copy.
 */
@TestPropertySource(properties = "mangaassist.routing.invalidation-channel=mangaassist:thresholds:changed:wiring")
class RoutingWiringIntegrationTest extends LocalStackSpringTest {

    private static final ThresholdSet STRICT = new ThresholdSet(0.99, 0.9, 0.5);
    private static final ThresholdSet RELAXED = new ThresholdSet(0.6, 0.4, 0.2);

    @Autowired
    private Router router;

    @Autowired
    private DynamoDbClient dynamoDb;

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private ChangeNotificationSubscription subscription;

    @Autowired
    private MutableClock clock;

    @Autowired
    private ResourceNaming names;

    /**
     * Once subscribed, the service forgets every cached topic (it may have missed changes meanwhile); a test
     * that caches a value and then drives the clock must start after that, or the forgetting lands mid-test.
     */
    @BeforeEach
    void subscribedAndCaughtUp() {
        await().atMost(Duration.ofSeconds(10)).until(subscription::subscribed);
    }

    @Test
    void theRouterUsesTheDefaultsForATopicWithoutStoredThresholds() {
        Routed routed = router.route(input(TopicCategory.RECOMMENDATION, 0.8));

        assertThat(routed).isInstanceOf(Routed.AutoRespond.class);
        assertThat(routed.thresholdVersion()).isZero();
        assertThat(routed.variant()).isEqualTo(ThresholdVariant.ACTIVE);
    }

    @Test
    void aChangeNotificationReachesTheRouterWithinFiveSeconds() {
        assertThat(router.route(input(TopicCategory.GENERAL, 0.95)).thresholdVersion())
                .isZero();
        put(ThresholdItem.active(TopicCategory.GENERAL, 1, STRICT));
        assertThat(router.route(input(TopicCategory.GENERAL, 0.95)).thresholdVersion())
                .isZero();

        redis.convertAndSend("mangaassist:thresholds:changed:wiring", "general");

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(router.route(input(TopicCategory.GENERAL, 0.95)))
                        .isInstanceOfSatisfying(Routed.Review.class, review -> {
                            assertThat(review.thresholdVersion()).isEqualTo(1);
                            assertThat(review.priority()).isEqualTo(Priority.P4);
                        }));
    }

    @Test
    void withoutNotificationAChangeIsSeenOnceTheDefaultFiveMinutesHavePassed() {
        assertThat(router.route(input(TopicCategory.LEGAL, 0.1)).thresholdVersion())
                .isZero();
        put(ThresholdItem.active(TopicCategory.LEGAL, 1, STRICT));

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(router.route(input(TopicCategory.LEGAL, 0.1)).thresholdVersion())
                .isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(router.route(input(TopicCategory.LEGAL, 0.1)).thresholdVersion())
                .isEqualTo(1);
    }

    @Test
    void anOverrideInTheCachedItemEndsExactlyAtItsExpiry() {
        Instant expiry = clock.instant().plus(Duration.ofMinutes(1));
        put(ThresholdItem.active(TopicCategory.AVAILABILITY, 3, STRICT)
                .override("backpressure-1", "BACKPRESSURE", RELAXED, expiry));

        Routed during = router.route(input(TopicCategory.AVAILABILITY, 0.7));
        assertThat(during).isInstanceOf(Routed.AutoRespond.class);
        assertThat(during.variant()).isEqualTo(ThresholdVariant.OVERRIDE);
        assertThat(during.overrideId()).contains("backpressure-1");

        clock.set(expiry);
        Routed after = router.route(input(TopicCategory.AVAILABILITY, 0.7));
        assertThat(after).isInstanceOf(Routed.Review.class);
        assertThat(after.variant()).isEqualTo(ThresholdVariant.ACTIVE);
        assertThat(after.thresholdVersion()).isEqualTo(3);
    }

    private void put(ThresholdItem item) {
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.THRESHOLDS)).item(item.build()));
    }

    private static RoutingInput input(TopicCategory topic, double confidence) {
        return new RoutingInput(new SessionId("s-wiring"), topic, confidence, false, false, Language.EN, false);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DrivenClock {

        @Bean
        @Primary
        MutableClock drivenClock() {
            return new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
        }
    }
}
