package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.orchestrator.answering.domain.FoundationModel;
import com.mangaassist.orchestrator.model.adapter.out.bedrock.BedrockFoundationModel;
import com.mangaassist.orchestrator.model.adapter.out.bedrock.BedrockSettings;
import com.mangaassist.orchestrator.model.adapter.out.bedrock.ModelRoutesHealth;
import com.mangaassist.orchestrator.model.adapter.out.local.LocalGroundedModel;
import com.mangaassist.orchestrator.model.domain.ModelTierPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.validation.annotation.Validated;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * Joins the {@link FoundationModel} port to its adapter and provides the {@link ModelTierPolicy}. The
 * provider is {@code mangaassist.model.provider}: {@code local} for {@link LocalGroundedModel},
 * {@code bedrock} for {@link BedrockFoundationModel}; when unset it is {@code bedrock} in the
 * {@code aws} profile and {@code local} otherwise. The Bedrock settings are validated when bound,
 * whichever provider is chosen, so a bad value fails the start-up rather than the first aws deploy.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModelConfiguration.ModelProperties.class)
public class ModelConfiguration {

    /** The key of the Bedrock Runtime endpoint override under {@code mangaassist.aws.endpoints}. */
    public static final String BEDROCK_RUNTIME_KEY = "bedrock-runtime";

    static final String PROVIDER_PROPERTY = "mangaassist.model.provider";

    @Bean
    ModelTierPolicy modelTierPolicy(ModelProperties properties) {
        return properties.tier().policy();
    }

    @Bean
    @Conditional(LocalSelected.class)
    LocalGroundedModel localGroundedModel() {
        return new LocalGroundedModel();
    }

    /** The Bedrock client and model, only when the provider is {@code bedrock}. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(BedrockSelected.class)
    static class BedrockModelConfiguration {

        /** SDK retries are off: a throttled or failed call falls back to the other model instead. */
        @Bean(destroyMethod = "close")
        BedrockRuntimeClient bedrockRuntimeClient(AwsClientConfigurer configurer) {
            return configurer
                    .configure(BedrockRuntimeClient.builder(), BEDROCK_RUNTIME_KEY)
                    .overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
                    .build();
        }

        @Bean(destroyMethod = "close")
        BedrockFoundationModel bedrockFoundationModel(
                BedrockRuntimeClient bedrockRuntimeClient,
                ModelProperties properties,
                Clock clock,
                MeterRegistry meters) {
            return new BedrockFoundationModel(
                    bedrockRuntimeClient, properties.bedrock().settings(), clock, meters);
        }

        /** Health component {@code modelRoutes}: each route's breaker, and whether turns are degraded. */
        @Bean
        HealthIndicator modelRoutesHealthIndicator(BedrockFoundationModel bedrockFoundationModel) {
            return new ModelRoutesHealth(bedrockFoundationModel);
        }
    }

    /** Which adapter answers. */
    public enum Provider {
        LOCAL,
        BEDROCK
    }

    /**
     * Settings of the model feature.
     *
     * @param provider {@code local} or {@code bedrock}; absent means {@code bedrock} in the {@code aws}
     *     profile and {@code local} otherwise
     * @param bedrock how Bedrock is called
     * @param tier the limits of the tier rule
     */
    @Validated
    @ConfigurationProperties("mangaassist.model")
    public record ModelProperties(
            Provider provider,
            @Valid @DefaultValue Bedrock bedrock,
            @Valid @DefaultValue Tier tier) {}

    /**
     * Bedrock settings, checked on binding by building {@link BedrockSettings}: the slow-call threshold
     * must lie below the timeout and the timeout below 2.5 s.
     *
     * @param fast the default model; absent means Claude 3 Haiku at $0.25 / $1.25 per million tokens
     * @param strong the model for STRONG turns; absent means Claude 3.5 Sonnet at $3 / $15
     * @param temperature sampling temperature, low for grounded answers
     * @param maxAnswerCodePoints the longest answer accepted from the model
     * @param timeout time limit of one model call
     * @param maxConcurrentCalls model calls in flight at once
     * @param breaker circuit breaker of each model
     */
    public record Bedrock(
            @Valid Model fast,
            @Valid Model strong,
            @DefaultValue("0.1") double temperature,
            @DefaultValue("1500") int maxAnswerCodePoints,
            @DefaultValue("2400ms") Duration timeout,
            @DefaultValue("32") int maxConcurrentCalls,
            @Valid @DefaultValue Breaker breaker) {

        static final Model HAIKU = new Model("anthropic.claude-3-haiku-20240307-v1:0", 0.25, 1.25);
        static final Model SONNET = new Model("anthropic.claude-3-5-sonnet-20240620-v1:0", 3.0, 15.0);

        public Bedrock {
            fast = fast == null ? HAIKU : fast;
            strong = strong == null ? SONNET : strong;
            settings(fast, strong, temperature, maxAnswerCodePoints, timeout, maxConcurrentCalls, breaker);
        }

        BedrockSettings settings() {
            return settings(fast, strong, temperature, maxAnswerCodePoints, timeout, maxConcurrentCalls, breaker);
        }

        private static BedrockSettings settings(
                Model fast,
                Model strong,
                double temperature,
                int maxAnswerCodePoints,
                Duration timeout,
                int maxConcurrentCalls,
                Breaker breaker) {
            return new BedrockSettings(
                    fast.model(),
                    strong.model(),
                    temperature,
                    maxAnswerCodePoints,
                    timeout,
                    breaker.breaker(),
                    maxConcurrentCalls);
        }
    }

    /**
     * A Bedrock model and its price; set all three when overriding one.
     *
     * @param modelId Bedrock model id
     * @param inputUsdPerMillionTokens USD per million input tokens
     * @param outputUsdPerMillionTokens USD per million output tokens
     */
    public record Model(
            @NotNull String modelId,
            @NotNull @Positive Double inputUsdPerMillionTokens,
            @NotNull @Positive Double outputUsdPerMillionTokens) {

        BedrockSettings.Model model() {
            Objects.requireNonNull(modelId, "model-id must be set");
            Objects.requireNonNull(
                    inputUsdPerMillionTokens, "input-usd-per-million-tokens of " + modelId + " must be set");
            Objects.requireNonNull(
                    outputUsdPerMillionTokens, "output-usd-per-million-tokens of " + modelId + " must be set");
            return new BedrockSettings.Model(modelId, inputUsdPerMillionTokens, outputUsdPerMillionTokens);
        }
    }

    /** Circuit breaker of each model; see {@link BedrockSettings.Breaker}. */
    public record Breaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("50") float slowCallRateThreshold,
            @DefaultValue("2s") Duration slowCallDurationThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("30s") Duration waitDurationInOpenState,
            @DefaultValue("3") int permittedCallsInHalfOpenState) {

        BedrockSettings.Breaker breaker() {
            return new BedrockSettings.Breaker(
                    failureRateThreshold,
                    slowCallRateThreshold,
                    slowCallDurationThreshold,
                    slidingWindowSize,
                    minimumNumberOfCalls,
                    waitDurationInOpenState,
                    permittedCallsInHalfOpenState);
        }
    }

    /**
     * Limits of the tier rule; see {@link ModelTierPolicy}.
     *
     * @param longQuestionEn code points above which an English question needs the strong model
     * @param longQuestionJa code points above which a Japanese question needs the strong model
     */
    public record Tier(
            @DefaultValue("" + ModelTierPolicy.STANDARD_LONG_QUESTION_EN) @Positive
            int longQuestionEn,

            @DefaultValue("" + ModelTierPolicy.STANDARD_LONG_QUESTION_JA) @Positive
            int longQuestionJa) {

        public Tier {
            policy(longQuestionEn, longQuestionJa);
        }

        ModelTierPolicy policy() {
            return policy(longQuestionEn, longQuestionJa);
        }

        private static ModelTierPolicy policy(int longQuestionEn, int longQuestionJa) {
            return new ModelTierPolicy(longQuestionEn, longQuestionJa);
        }
    }

    static Provider provider(ConditionContext context) {
        return Binder.get(context.getEnvironment())
                .bind(PROVIDER_PROPERTY, Provider.class)
                .orElseGet(() -> context.getEnvironment().acceptsProfiles(Profiles.of("aws"))
                        ? Provider.BEDROCK
                        : Provider.LOCAL);
    }

    static final class BedrockSelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return provider(context) == Provider.BEDROCK;
        }
    }

    static final class LocalSelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return provider(context) == Provider.LOCAL;
        }
    }
}
