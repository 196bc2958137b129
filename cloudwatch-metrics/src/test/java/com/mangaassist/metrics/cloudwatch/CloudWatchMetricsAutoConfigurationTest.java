package com.mangaassist.metrics.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

class CloudWatchMetricsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    MetricsAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class,
                    CloudWatchMetricsAutoConfiguration.class));

    @Test
    void offByDefault() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(CloudWatchMeterRegistry.class);
            assertThat(context).doesNotHaveBean(CloudWatchAsyncClient.class);
            assertThat(context.getBean(MeterRegistry.class)).isInstanceOf(SimpleMeterRegistry.class);
        });
    }

    @Test
    void enabledItIsTheOnlyRegistryWithTheConfiguredNamespaceStepAndBatchSize() {
        // a real client, kept off the network: static credentials (no instance metadata lookup) and a closed
        // loopback endpoint, should anything be published when the context closes
        runner.withBean(
                        AwsCredentialsProvider.class,
                        () -> StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .withPropertyValues(
                        "management.cloudwatch.metrics.export.enabled=true",
                        "management.cloudwatch.metrics.export.namespace=MangaAssist",
                        "management.cloudwatch.metrics.export.step=1m",
                        "management.cloudwatch.metrics.export.batch-size=20",
                        "management.cloudwatch.metrics.export.region=ap-northeast-1",
                        "management.cloudwatch.metrics.export.endpoint=http://127.0.0.1:1")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MeterRegistry.class)).isInstanceOf(CloudWatchMeterRegistry.class);
                    assertThat(context).doesNotHaveBean(SimpleMeterRegistry.class);
                    CloudWatchConfig config = context.getBean(CloudWatchConfig.class);
                    assertThat(config.namespace()).isEqualTo("MangaAssist");
                    assertThat(config.step()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(config.batchSize()).isEqualTo(20);
                    assertThat(config.enabled()).isTrue();
                    assertThat(context.getBean(CloudWatchAsyncClient.class)
                                    .serviceClientConfiguration()
                                    .region()
                                    .id())
                            .isEqualTo("ap-northeast-1");
                });
    }

    @Test
    void aClientOfTheApplicationIsUsed() {
        CapturingCloudWatchClient client = new CapturingCloudWatchClient();
        runner.withBean(CloudWatchAsyncClient.class, () -> client)
                .withPropertyValues(
                        "management.cloudwatch.metrics.export.enabled=true",
                        "management.cloudwatch.metrics.export.namespace=MangaAssist",
                        "management.cloudwatch.metrics.export.step=1m",
                        "management.cloudwatch.metrics.export.batch-size=20")
                .run(context -> {
                    context.getBean(MeterRegistry.class).counter("probe").increment();
                    context.close(); // a push registry publishes what it holds when it closes
                    assertThat(client.data()).extracting(d -> d.metricName()).contains("probe.count");
                });
    }

    @Test
    void aMissingNamespaceOrAnOversizedBatchStopsTheStart() {
        runner.withPropertyValues(
                        "management.cloudwatch.metrics.export.enabled=true",
                        "management.cloudwatch.metrics.export.step=1m",
                        "management.cloudwatch.metrics.export.batch-size=20")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues(
                        "management.cloudwatch.metrics.export.enabled=true",
                        "management.cloudwatch.metrics.export.namespace=MangaAssist",
                        "management.cloudwatch.metrics.export.step=1m",
                        "management.cloudwatch.metrics.export.batch-size=1001")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues(
                        "management.cloudwatch.metrics.export.enabled=true",
                        "management.cloudwatch.metrics.export.namespace=MangaAssist",
                        "management.cloudwatch.metrics.export.step=5m",
                        "management.cloudwatch.metrics.export.batch-size=20")
                .run(context -> assertThat(context).hasFailed());
    }
}
