package com.mangaassist.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.alarms.RunbookAlarmMeters;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.alarms.RunbookAlarm;
import com.mangaassist.orchestrator.config.ModelConfiguration.ModelProperties;
import com.mangaassist.orchestrator.config.TurnStatsConfiguration.TurnStatsProperties;
import com.mangaassist.orchestrator.model.adapter.out.bedrock.BedrockFoundationModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * Issue 13: every alarm the orchestrator owns (docs/ALARMS.md) watches a meter the orchestrator registers
 * from start-up — the escalation rate from the turn-statistics wiring, the model errors and breaker gauges
 * from the Bedrock adapter (in the {@code aws} profile; the local model has neither) — built here by the
 * same bean methods the application uses, with the default settings.
 */
class OrchestratorAlarmMetersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00Z"));

    @Test
    void everyOrchestratorAlarmHasItsMeterFromStartUp() {
        new TurnStatsConfiguration().escalationWindow(clock, new TurnStatsProperties(null, null, null, null), meters);
        ModelProperties model = new Binder(
                        new MapConfigurationPropertySource(Map.of("mangaassist.model.provider", "bedrock")))
                .bindOrCreate("mangaassist.model", ModelProperties.class);
        try (BedrockRuntimeClient client = unusedClient();
                BedrockFoundationModel bedrock = new ModelConfiguration.BedrockModelConfiguration()
                        .bedrockFoundationModel(client, model, clock, meters)) {

            List<RunbookAlarm> checked = RunbookAlarmMeters.assertEveryAlarmHasItsMeter("orchestrator-service", meters);

            assertThat(checked)
                    .extracting(RunbookAlarm::name)
                    .contains("EscalationRateAnomaly", "ModelErrors-fast", "ModelBreakerOpen-strong");
        }
    }

    /** Never called: the adapter only needs a client to hold. */
    private static BedrockRuntimeClient unusedClient() {
        return BedrockRuntimeClient.builder()
                .region(Region.AP_NORTHEAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }
}
