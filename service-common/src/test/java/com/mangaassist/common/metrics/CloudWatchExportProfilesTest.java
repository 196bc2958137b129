package com.mangaassist.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.metrics.cloudwatch.CapturingCloudWatchClient;
import com.mangaassist.metrics.cloudwatch.CloudWatchMetricsAutoConfiguration;
import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

/**
 * The profiles of {@code mangaassist-defaults.yml}, which every service imports: CloudWatch export on in
 * {@code aws} with namespace, step and batch size from the file, off in {@code local} and without a profile.
 */
class CloudWatchExportProfilesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(
                    MetricsAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class,
                    CloudWatchMetricsAutoConfiguration.class))
            .withBean(CloudWatchAsyncClient.class, CapturingCloudWatchClient::new)
            .withPropertyValues(
                    "spring.config.import=classpath:mangaassist-defaults.yml",
                    "AWS_REGION=ap-northeast-1",
                    "COGNITO_ISSUER_URI=https://cognito-idp.ap-northeast-1.amazonaws.com/pool",
                    "MANGAASSIST_RESOURCE_PREFIX=prod-",
                    "mangaassist.local.issuer=http://127.0.0.1:1");

    @Test
    void theAwsProfilePublishesToTheMangaAssistNamespaceEveryMinuteInBatchesOfTwenty() {
        runner.withPropertyValues("spring.profiles.active=aws").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MeterRegistry.class)).isInstanceOf(CloudWatchMeterRegistry.class);
            CloudWatchConfig config = context.getBean(CloudWatchConfig.class);
            assertThat(config.namespace()).isEqualTo("MangaAssist");
            assertThat(config.step()).isEqualTo(Duration.ofMinutes(1));
            assertThat(config.batchSize()).isEqualTo(20);
            assertThat(context.getEnvironment().getProperty("management.cloudwatch.metrics.export.region"))
                    .isEqualTo("ap-northeast-1");
        });
    }

    @Test
    void theAwsProfileExposesOverHttpOnlyWhatOnCallUses() {
        runner.withPropertyValues("spring.profiles.active=aws")
                .run(context -> assertThat(
                                context.getEnvironment().getProperty("management.endpoints.web.exposure.include"))
                        .isEqualTo("health,metrics,runbooks"));
        runner.withPropertyValues("spring.profiles.active=local")
                .run(context -> assertThat(
                                context.getEnvironment().getProperty("management.endpoints.web.exposure.include"))
                        .isEqualTo("health,info,metrics,runbooks"));
    }

    @Test
    void theLocalProfileAndNoProfilePublishNothing() {
        runner.withPropertyValues("spring.profiles.active=local").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(CloudWatchMeterRegistry.class);
        });
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(CloudWatchMeterRegistry.class);
        });
    }
}
