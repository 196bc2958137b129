package com.mangaassist.feedback.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.jobs.DynamoDbSingleRunner;
import com.mangaassist.common.jobs.SingleRunner;
import com.mangaassist.feedback.intake.adapter.in.health.RateLimitsHealth;
import com.mangaassist.feedback.intake.adapter.out.dynamodb.DynamoDbFeedbackStore;
import com.mangaassist.feedback.intake.adapter.out.dynamodb.DynamoDbRatedMessages;
import com.mangaassist.feedback.intake.adapter.out.dynamodb.DynamoDbSignalContexts;
import com.mangaassist.feedback.intake.adapter.out.embedding.MiniLmRelatedness;
import com.mangaassist.feedback.intake.adapter.out.metrics.MicrometerIntakeEvents;
import com.mangaassist.feedback.intake.adapter.out.redis.Bucket4jRateLimits;
import com.mangaassist.feedback.intake.application.IntakeEvents;
import com.mangaassist.feedback.intake.application.SubmitFeedback;
import com.mangaassist.feedback.intake.domain.CorrectionPolicy;
import com.mangaassist.feedback.intake.domain.CorrectionSanitiser;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.RateLimits;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import com.mangaassist.feedback.intake.domain.Relatedness;
import com.mangaassist.feedback.intake.domain.SignalContexts;
import com.mangaassist.feedback.provenance.adapter.out.dynamodb.DynamoDbReputations;
import com.mangaassist.feedback.provenance.domain.ProvenancePolicy;
import com.mangaassist.feedback.provenance.domain.ProvenanceScorer;
import com.mangaassist.feedback.provenance.domain.Reputations;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.TopicCategory;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Joins intake and provenance ports to their adapters and turns settings into policies. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    /** Health component {@code rateLimits}: whether the limits' Redis answers (Boot's Redis indicator is off). */
    @Bean
    HealthIndicator rateLimitsHealthIndicator(RedisConnectionFactory redis) {
        return new RateLimitsHealth(redis);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The lease every periodic job of this service takes on {@code locks} ({@code feedback:<job>}). */
    @Bean
    SingleRunner singleRunner(DynamoDbClient dynamoDb, ResourceNaming names, Clock clock) {
        return new DynamoDbSingleRunner(
                dynamoDb, names.table(Resources.LOCKS), "feedback", "feedback-" + UUID.randomUUID(), clock);
    }

    @Bean
    Set<TopicCategory> allowedTopics(FeedbackProperties properties) {
        Set<TopicCategory> topics = EnumSet.noneOf(TopicCategory.class);
        for (String code : properties.allowedTopics()) {
            topics.add(TopicCategory.fromCode(code)
                    .orElseThrow(() -> new IllegalStateException(
                            "unknown topic in mangaassist.feedback.allowed-topics: " + code)));
        }
        return topics;
    }

    @Bean
    CorrectionSanitiser correctionSanitiser(FeedbackProperties properties) {
        FeedbackProperties.Corrections c = properties.corrections();
        return new CorrectionSanitiser(new CorrectionPolicy(
                c.minChars(), c.maxChars(), c.competitorDomains(), c.competitorBrands(), c.minRelatedness()));
    }

    @Bean
    ProvenanceScorer provenanceScorer(FeedbackProperties properties) {
        FeedbackProperties.Provenance p = properties.provenance();
        return new ProvenanceScorer(new ProvenancePolicy(
                p.purchase(),
                p.noPurchase(),
                p.establishedAge(),
                p.established(),
                p.newAge(),
                p.newAccount(),
                p.lowRate(),
                p.lowRateWeight(),
                p.highRate(),
                p.highRateWeight(),
                p.timingSignals(),
                p.minIntervals(),
                p.uniformCv(),
                p.uniformWeight(),
                p.organicCv(),
                p.organicWeight(),
                p.reputationSpan(),
                p.bar()));
    }

    @Bean
    FeedbackStore feedbackStore(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbFeedbackStore(dynamoDb, names.table(Resources.FEEDBACK));
    }

    @Bean
    RatedMessages ratedMessages(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbRatedMessages(dynamoDb, names.table(Resources.MESSAGES));
    }

    @Bean
    SignalContexts signalContexts(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbSignalContexts(
                dynamoDb,
                names.table(Resources.FEEDBACK),
                names.table(Resources.FEEDBACK_QUARANTINES),
                names.table(Resources.CUSTOMER_PROFILES),
                names.table(Resources.FEEDBACK_REPUTATION));
    }

    @Bean
    Reputations reputations(DynamoDbClient dynamoDb, ResourceNaming names, Clock clock) {
        return new DynamoDbReputations(dynamoDb, names.table(Resources.FEEDBACK_REPUTATION), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    Relatedness relatedness() {
        return new MiniLmRelatedness();
    }

    @Bean
    RateLimits rateLimits(LettuceConnectionFactory redis, FeedbackProperties properties, Clock clock) {
        Map<FeedbackKind, Bucket4jRateLimits.Limit> limits = new EnumMap<>(FeedbackKind.class);
        properties
                .limitsByKind()
                .forEach((kind, limit) -> limits.put(
                        FeedbackKind.valueOf(kind), new Bucket4jRateLimits.Limit(limit.capacity(), limit.period())));
        return new Bucket4jRateLimits((RedisClient) redis.getRequiredNativeClient(), limits, clock);
    }

    @Bean
    IntakeEvents intakeEvents(MeterRegistry meters) {
        return new MicrometerIntakeEvents(meters);
    }

    @Bean
    SubmitFeedback submitFeedback(
            RatedMessages messages,
            FeedbackStore store,
            RateLimits rateLimits,
            CorrectionSanitiser sanitiser,
            Relatedness relatedness,
            SignalContexts contexts,
            ProvenanceScorer scorer,
            Set<TopicCategory> allowedTopics,
            IntakeEvents events,
            Clock clock) {
        return new SubmitFeedback(
                messages, store, rateLimits, sanitiser, relatedness, contexts, scorer, allowedTopics, events, clock);
    }
}
