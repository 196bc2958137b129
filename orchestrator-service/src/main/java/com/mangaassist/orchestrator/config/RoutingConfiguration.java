package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.orchestrator.governed.adapter.in.redis.RedisChangeNotifications;
import com.mangaassist.orchestrator.routing.adapter.out.cache.CachedThresholds;
import com.mangaassist.orchestrator.routing.adapter.out.dynamodb.DynamoDbThresholds;
import com.mangaassist.orchestrator.routing.domain.Router;
import com.mangaassist.orchestrator.routing.domain.Thresholds;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Joins the routing ports to their adapters: the thresholds configuration read from DynamoDB (written only
 * by threshold-service) behind a clock-driven cache that its Redis change notifications invalidate, and
 * the router that resolves it per turn.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /**
     * Routing settings.
     *
     * @param cacheTtl how long an instance keeps a topic's thresholds configuration without hearing of a
     *     change; also the longest a missed change notification goes unseen. In (0, 1h]; default 5 minutes
     * @param invalidationChannel the Redis pub/sub channel of threshold change notifications; default
     *     {@value #DEFAULT_CHANNEL}
     */
    @Validated
    @ConfigurationProperties("mangaassist.routing")
    public record RoutingProperties(
            Duration cacheTtl, @NotBlank String invalidationChannel) {

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
    Router router(Thresholds thresholds, Clock clock) {
        return new Router(thresholds, clock);
    }

    @Bean
    RedisChangeNotifications thresholdChangeNotifications(CachedThresholds thresholds, RoutingProperties routing) {
        return new RedisChangeNotifications(
                routing.invalidationChannel(), thresholds::invalidate, thresholds::invalidateAll);
    }
}
