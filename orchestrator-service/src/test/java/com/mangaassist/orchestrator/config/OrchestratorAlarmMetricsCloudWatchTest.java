package com.mangaassist.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.metrics.cloudwatch.AlarmMetricsPublication;
import com.mangaassist.model.alarms.RunbookAlarm;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.config.ModelConfiguration.ModelProperties;
import com.mangaassist.orchestrator.config.TurnStatsConfiguration.TurnStatsProperties;
import com.mangaassist.orchestrator.model.adapter.out.bedrock.BedrockFoundationModel;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import com.mangaassist.orchestrator.turnstats.domain.EscalationWindow;
import com.mangaassist.orchestrator.turnstats.domain.RoutedTurn;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * Issue 13: what the {@code aws} profile's CloudWatch registry really sends for the orchestrator's alarms
 * (PutMetricData captured from a real {@code CloudWatchMeterRegistry}), from the meters the application's own
 * bean methods register.
 */
class OrchestratorAlarmMetricsCloudWatchTest {

    private final AlarmMetricsPublication publication = new AlarmMetricsPublication();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00Z"));

    @Test
    void everyOrchestratorAlarmMetricIsPublishedOnceTurnsAreRouted() {
        EscalationWindow window = new TurnStatsConfiguration()
                .escalationWindow(clock, new TurnStatsProperties(null, null, null, null), publication.registry());
        try (BedrockFoundationModel bedrock = bedrock()) {
            assertThat(publication.publishOnce()).isNotEmpty();
            assertThat(publication.assertUnpublishedAlarmsDoNotPage("orchestrator-service"))
                    .as("before the minimum turns the escalation rate is NaN, which is not sent")
                    .extracting(RunbookAlarm::name)
                    .containsExactly("EscalationRateAnomaly");

            for (int i = 0; i < 40; i++) {
                window.count(new RoutedTurn(
                        TopicCategory.GENERAL,
                        0.5,
                        i % 4 == 0 ? RouteDecision.REVIEW : RouteDecision.AUTO_RESPOND,
                        ThresholdVariant.ACTIVE,
                        false));
            }
            publication.publishOnce();

            publication.assertEveryAlarmOfServicePublished("orchestrator-service");
        }
    }

    private BedrockFoundationModel bedrock() {
        ModelProperties model = new Binder(
                        new MapConfigurationPropertySource(Map.of("mangaassist.model.provider", "bedrock")))
                .bindOrCreate("mangaassist.model", ModelProperties.class);
        BedrockRuntimeClient unused = BedrockRuntimeClient.builder()
                .region(Region.AP_NORTHEAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        return new ModelConfiguration.BedrockModelConfiguration()
                .bedrockFoundationModel(unused, model, clock, publication.registry());
    }
}
