package com.mangaassist.orchestrator.model;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.mangaassist.orchestrator.model.ModelFixtures.BERSERK;
import static com.mangaassist.orchestrator.model.ModelFixtures.retrieved;
import static com.mangaassist.orchestrator.model.adapter.out.bedrock.ConverseStub.HAIKU;
import static com.mangaassist.orchestrator.model.adapter.out.bedrock.ConverseStub.SONNET;
import static com.mangaassist.orchestrator.model.adapter.out.bedrock.ConverseStub.VALID_INPUT;
import static com.mangaassist.orchestrator.model.adapter.out.bedrock.ConverseStub.conversePath;
import static com.mangaassist.orchestrator.model.adapter.out.bedrock.ConverseStub.error;
import static com.mangaassist.orchestrator.model.adapter.out.bedrock.ConverseStub.stub;
import static com.mangaassist.orchestrator.model.adapter.out.bedrock.ConverseStub.toolUse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.mangaassist.common.aws.AwsClientsAutoConfiguration;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.FoundationModel;
import com.mangaassist.orchestrator.answering.domain.ModelOutcome;
import com.mangaassist.orchestrator.answering.domain.ModelTier;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.config.ModelConfiguration;
import com.mangaassist.orchestrator.model.adapter.out.bedrock.BedrockFoundationModel;
import com.mangaassist.orchestrator.model.adapter.out.bedrock.ConverseStub;
import com.mangaassist.orchestrator.model.adapter.out.local.LocalGroundedModel;
import com.mangaassist.orchestrator.model.domain.ModelTierPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** {@link ModelConfiguration} in a small context: provider choice, settings validation, the client bean. */
class ModelWiringTest {

    @RegisterExtension
    static final WireMockExtension bedrock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AwsClientsAutoConfiguration.class))
            .withUserConfiguration(ModelConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues(
                    "mangaassist.aws.region=us-east-1",
                    "mangaassist.aws.credentials.access-key-id=test",
                    "mangaassist.aws.credentials.secret-access-key=test",
                    "mangaassist.resources.prefix=test");

    @BeforeAll
    static void warmUpTheSdk() {
        ConverseStub.warmUpTheSdk(bedrock);
    }

    @Test
    void localGroundedModelAnswersWhenNoProviderIsSet() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(FoundationModel.class);
            assertThat(context.getBean(FoundationModel.class)).isInstanceOf(LocalGroundedModel.class);
            assertThat(context).doesNotHaveBean(BedrockRuntimeClient.class);
        });
    }

    @Test
    void bedrockAnswersInTheAwsProfile() {
        runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("aws"))
                .run(context ->
                        assertThat(context.getBean(FoundationModel.class)).isInstanceOf(BedrockFoundationModel.class));
    }

    @Test
    void explicitLocalProviderWinsOverTheAwsProfile() {
        runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("aws"))
                .withPropertyValues("mangaassist.model.provider=local")
                .run(context -> {
                    assertThat(context.getBean(FoundationModel.class)).isInstanceOf(LocalGroundedModel.class);
                    assertThat(context).doesNotHaveBean(BedrockRuntimeClient.class);
                });
    }

    @Test
    void bedrockProviderCallsTheConfiguredEndpointOnceAndFallsBackInsteadOfRetrying() {
        stub(bedrock, SONNET, error(429, "ThrottlingException", "Too many requests"));
        stub(bedrock, HAIKU, toolUse(VALID_INPUT));

        runner.withPropertyValues(
                        "mangaassist.model.provider=bedrock",
                        "mangaassist.aws.endpoints.bedrock-runtime=" + bedrock.baseUrl())
                .run(context -> {
                    ModelOutcome outcome = context.getBean(FoundationModel.class)
                            .answer(ModelFixtures.request(
                                    "Is Berserk in stock?",
                                    Language.EN,
                                    TopicCategory.AVAILABILITY,
                                    ModelTier.STRONG,
                                    retrieved(BERSERK, 0.9)));

                    assertThat(outcome)
                            .isInstanceOfSatisfying(
                                    ModelOutcome.Answered.class,
                                    answered -> assertThat(answered.usage().modelId())
                                            .isEqualTo(HAIKU));
                });
        bedrock.verify(1, postRequestedFor(urlPathEqualTo(conversePath(SONNET))));
        bedrock.verify(1, postRequestedFor(urlPathEqualTo(conversePath(HAIKU))));
    }

    @Test
    void configuredModelIdIsTheOneCalled() {
        stub(bedrock, "anthropic.claude-3-5-haiku-20241022-v1:0", toolUse(VALID_INPUT));

        runner.withPropertyValues(
                        "mangaassist.model.provider=bedrock",
                        "mangaassist.aws.endpoints.bedrock-runtime=" + bedrock.baseUrl(),
                        "mangaassist.model.bedrock.fast.model-id=anthropic.claude-3-5-haiku-20241022-v1:0",
                        "mangaassist.model.bedrock.fast.input-usd-per-million-tokens=0.8",
                        "mangaassist.model.bedrock.fast.output-usd-per-million-tokens=4")
                .run(context -> assertThat(context.getBean(FoundationModel.class)
                                .answer(ModelFixtures.request(
                                        "Berserk?",
                                        Language.EN,
                                        TopicCategory.AVAILABILITY,
                                        ModelTier.FAST,
                                        retrieved(BERSERK, 0.9))))
                        .isInstanceOfSatisfying(
                                ModelOutcome.Answered.class,
                                answered -> assertThat(answered.usage().costUsd())
                                        .isEqualTo((1200 * 0.8 + 150 * 4) / 1_000_000.0)));
    }

    @Test
    void timeoutNotAboveTheSlowCallThresholdFailsTheStart() {
        runner.withPropertyValues(
                        "mangaassist.model.bedrock.timeout=1s",
                        "mangaassist.model.bedrock.breaker.slow-call-duration-threshold=1s")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("must be below the timeout"));
    }

    @Test
    void timeoutOfTheWholeTurnBudgetFailsTheStartEvenWithTheLocalProvider() {
        runner.withPropertyValues("mangaassist.model.provider=local", "mangaassist.model.bedrock.timeout=2500ms")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("timeout must be below PT2.5S"));
    }

    @Test
    void overriddenModelWithoutItsPricesFailsTheStart() {
        runner.withPropertyValues("mangaassist.model.bedrock.strong.model-id=anthropic.claude-3-opus-20240229-v1:0")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("input-usd-per-million-tokens of anthropic.claude-3-opus"));
    }

    @Test
    void unknownProviderFailsTheStart() {
        runner.withPropertyValues("mangaassist.model.provider=openai")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void tierLimitsComeFromProperties() {
        runner.withPropertyValues("mangaassist.model.tier.long-question-en=10").run(context -> {
            ModelTierPolicy policy = context.getBean(ModelTierPolicy.class);
            assertThat(policy.tierFor("0123456789", Language.EN, TopicCategory.GENERAL))
                    .isEqualTo(ModelTier.FAST);
            assertThat(policy.tierFor("0123456789a", Language.EN, TopicCategory.GENERAL))
                    .isEqualTo(ModelTier.STRONG);
        });
    }
}
