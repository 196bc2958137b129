package com.mangaassist.orchestrator.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.routing.domain.Routed;
import com.mangaassist.orchestrator.routing.domain.Router;
import com.mangaassist.orchestrator.routing.domain.RoutingInput;
import com.mangaassist.orchestrator.routing.domain.ThresholdAnnouncer;
import com.mangaassist.orchestrator.routing.domain.ThresholdChange;
import com.mangaassist.orchestrator.routing.domain.ThresholdChanges;
import com.mangaassist.orchestrator.routing.domain.ThresholdsChanged;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.test.context.TestPropertySource;

/**
 * The routing beans of the running service against the local stack: the router reads thresholds
 * through the cache over DynamoDB, Redis announcements reach that cache, and the default five-minute
 * expiry follows the service's clock.
 */
@TestPropertySource(properties = "mangaassist.routing.invalidation-channel=mangaassist:thresholds:changed:wiring")
class RoutingWiringIntegrationTest extends LocalStackSpringTest {

    private static final ThresholdSet STRICT = new ThresholdSet(0.99, 0.9, 0.5);

    @Autowired
    private Router router;

    @Autowired
    private ThresholdChanges changes;

    @Autowired
    private ThresholdAnnouncer announcer;

    @Autowired
    private RedisMessageListenerContainer listener;

    @Autowired
    private MutableClock clock;

    @Test
    void theRouterUsesTheDefaultSeedForATopicWithoutStoredThresholds() {
        assertThat(router.route(input(TopicCategory.RECOMMENDATION, 0.8))).isEqualTo(new Routed.AutoRespond(0));
    }

    @Test
    void anAnnouncedChangeReachesTheRouterAtOnce() {
        await().atMost(Duration.ofSeconds(5)).until(listener::isListening);
        assertThat(router.route(input(TopicCategory.GENERAL, 0.95))).isEqualTo(new Routed.AutoRespond(0));
        changes.apply(new ThresholdChange(TopicCategory.GENERAL, STRICT, 0, "ml-lead"));
        assertThat(router.route(input(TopicCategory.GENERAL, 0.95))).isEqualTo(new Routed.AutoRespond(0));

        announcer.announce(ThresholdsChanged.of(TopicCategory.GENERAL));

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(router.route(input(TopicCategory.GENERAL, 0.95)))
                        .isInstanceOfSatisfying(Routed.Review.class, review -> {
                            assertThat(review.thresholdVersion()).isEqualTo(1);
                            assertThat(review.priority()).isEqualTo(Priority.P4);
                        }));
    }

    @Test
    void withoutAnnouncementAChangeIsSeenOnceTheDefaultFiveMinutesHavePassed() {
        assertThat(router.route(input(TopicCategory.LEGAL, 0.1)).thresholdVersion())
                .isZero();
        changes.apply(new ThresholdChange(TopicCategory.LEGAL, STRICT, 0, "ml-lead"));

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(router.route(input(TopicCategory.LEGAL, 0.1)).thresholdVersion())
                .isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(router.route(input(TopicCategory.LEGAL, 0.1)).thresholdVersion())
                .isEqualTo(1);
    }

    private static RoutingInput input(TopicCategory topic, double confidence) {
        return new RoutingInput(topic, confidence, false, false, Language.EN, false);
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
