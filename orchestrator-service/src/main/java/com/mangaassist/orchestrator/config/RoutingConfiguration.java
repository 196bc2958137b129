package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.orchestrator.routing.adapter.out.cache.CachedThresholds;
import com.mangaassist.orchestrator.routing.adapter.out.dynamodb.DynamoDbThresholdChanges;
import com.mangaassist.orchestrator.routing.adapter.out.dynamodb.DynamoDbThresholds;
import com.mangaassist.orchestrator.routing.adapter.out.redis.RedisThresholdInvalidation;
import com.mangaassist.orchestrator.routing.application.SeedDefaultThresholds;
import com.mangaassist.orchestrator.routing.application.SeedDefaultThresholdsCommand;
import com.mangaassist.orchestrator.routing.domain.Router;
import com.mangaassist.orchestrator.routing.domain.ThresholdChanges;
import com.mangaassist.orchestrator.routing.domain.Thresholds;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.validation.annotation.Validated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Joins the routing ports to their adapters: thresholds from DynamoDB behind a clock-driven cache that
 * Redis pub/sub invalidates, the router, and the optional seeding of the default thresholds.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /**
     * Routing settings.
     *
     * @param cacheTtl how long an instance keeps a topic's thresholds without hearing of a change; also
     *     the longest a missed change announcement goes unseen. In (0, 1h]; default 5 minutes
     * @param invalidationChannel the Redis pub/sub channel of threshold change announcements; default
     *     {@value #DEFAULT_CHANNEL}
     * @param seedDefaultsOnStartup store the default thresholds as version 1 of every topic without
     *     stored thresholds when the service starts; default false
     */
    @Validated
    @ConfigurationProperties("mangaassist.routing")
    public record RoutingProperties(
            Duration cacheTtl, @NotBlank String invalidationChannel, boolean seedDefaultsOnStartup) {

        static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(5);
        static final Duration MAX_CACHE_TTL = Duration.ofHours(1);
        static final String DEFAULT_CHANNEL = "mangaassist:thresholds:changed";

        public RoutingProperties {
            cacheTtl = cacheTtl == null ? DEFAULT_CACHE_TTL : cacheTtl;
            invalidationChannel = invalidationChannel == null ? DEFAULT_CHANNEL : invalidationChannel;
            if (cacheTtl.isNegative() || cacheTtl.isZero() || cacheTtl.compareTo(MAX_CACHE_TTL) > 0) {
                throw new IllegalArgumentException(
                        "mangaassist.routing.cache-ttl must be in (0, " + MAX_CACHE_TTL + "]: " + cacheTtl);
            }
        }
    }

    @Bean
    CachedThresholds thresholds(
            DynamoDbClient dynamoDb,
            ResourceNaming names,
            MeterRegistry meters,
            RoutingProperties routing,
            Clock clock) {
        return new CachedThresholds(
                new DynamoDbThresholds(dynamoDb, names.table(Resources.THRESHOLDS), meters), routing.cacheTtl(), clock);
    }

    @Bean
    Router router(Thresholds thresholds) {
        return new Router(thresholds);
    }

    @Bean
    RedisThresholdInvalidation thresholdInvalidation(
            StringRedisTemplate redis, CachedThresholds thresholds, RoutingProperties routing) {
        return new RedisThresholdInvalidation(redis, routing.invalidationChannel(), thresholds::on);
    }

    @Bean
    RedisMessageListenerContainer thresholdChangeListenerContainer(
            RedisConnectionFactory connections, RedisThresholdInvalidation invalidation) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        invalidation.subscribe(container);
        return container;
    }

    @Bean
    ThresholdChanges thresholdChanges(DynamoDbClient dynamoDb, ResourceNaming names, Clock clock) {
        return new DynamoDbThresholdChanges(
                dynamoDb, names.table(Resources.THRESHOLDS), names.table(Resources.THRESHOLD_VERSIONS), clock);
    }

    @Bean
    SeedDefaultThresholds seedDefaultThresholds(ThresholdChanges changes, RedisThresholdInvalidation announcer) {
        return new SeedDefaultThresholds(changes, announcer);
    }

    @Bean
    ApplicationRunner seedDefaultThresholdsOnStartup(RoutingProperties routing, SeedDefaultThresholds seed) {
        return args -> {
            if (routing.seedDefaultsOnStartup()) {
                seed.seed(new SeedDefaultThresholdsCommand("orchestrator-startup"));
            }
        };
    }
}
