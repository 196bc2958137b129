package com.mangaassist.threshold.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.threshold.audit.adapter.out.dynamodb.DynamoDbChangeAuditTrail;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.audit.domain.ChangeAuditTrail;
import com.mangaassist.threshold.configuration.adapter.out.dynamodb.DynamoDbPromptStore;
import com.mangaassist.threshold.configuration.adapter.out.dynamodb.DynamoDbThresholdStore;
import com.mangaassist.threshold.configuration.adapter.out.redis.RedisChangeAnnouncer;
import com.mangaassist.threshold.configuration.application.ConfigurationWriter;
import com.mangaassist.threshold.configuration.application.Reverts;
import com.mangaassist.threshold.configuration.application.SeedDefaults;
import com.mangaassist.threshold.configuration.domain.ChangeAnnouncer;
import com.mangaassist.threshold.configuration.domain.PromptStore;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Joins the versioned configuration to DynamoDB, Redis and the audit trail; seeds the defaults at start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThresholdProperties.class)
class ConfigurationConfiguration {

    /** Announcements that could not be published (Redis down): the orchestrators' TTL covers them. */
    static final String ANNOUNCE_FAILURES = "mangaassist.threshold.announce.failures";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ThresholdStore thresholdStore(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbThresholdStore(
                dynamoDb, names.table(Resources.THRESHOLDS), names.table(Resources.THRESHOLD_VERSIONS));
    }

    @Bean
    PromptStore promptStore(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbPromptStore(dynamoDb, names.table(Resources.PROMPTS));
    }

    @Bean
    ChangeAnnouncer changeAnnouncer(StringRedisTemplate redis, ThresholdProperties properties, MeterRegistry meters) {
        return new RedisChangeAnnouncer(
                redis,
                properties.channels().thresholds(),
                properties.channels().prompts(),
                () -> meters.counter(ANNOUNCE_FAILURES).increment());
    }

    @Bean
    ChangeAuditTrail changeAuditTrail(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbChangeAuditTrail(dynamoDb, names.table(Resources.AUDIT_LOG));
    }

    @Bean
    Auditor auditor(ChangeAuditTrail trail, Clock clock) {
        return new Auditor(trail, clock);
    }

    @Bean
    ConfigurationWriter configurationWriter(ThresholdStore store, ChangeAnnouncer announcer, Clock clock) {
        return new ConfigurationWriter(store, announcer, clock);
    }

    @Bean
    Reverts reverts(ThresholdStore store, ConfigurationWriter writer, Auditor auditor, ThresholdProperties properties) {
        return new Reverts(store, writer, auditor, properties.changeControl().knownGoodAfter());
    }

    @Bean
    SeedDefaults seedDefaults(ThresholdStore store, ConfigurationWriter writer) {
        return new SeedDefaults(store, writer);
    }

    @Bean
    ApplicationRunner seedDefaultsOnStart(ThresholdProperties properties, SeedDefaults seed) {
        return args -> {
            if (properties.seedDefaults()) {
                seed.seed();
            }
        };
    }
}
