package com.mangaassist.metrics.cloudwatch;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClientBuilder;

/**
 * Publishes every meter to CloudWatch through micrometer-registry-cloudwatch2 when
 * {@code management.cloudwatch.metrics.export.enabled=true} (the {@code aws} profile of
 * {@code mangaassist-defaults.yml} and of the console). Spring Boot 4 has no CloudWatch export of its own (it
 * lives in Spring Cloud AWS, which the suite does not use), so this one is ours: it runs before Boot's simple
 * registry, which then backs off, and builds the {@link CloudWatchAsyncClient} the registry needs with the
 * SDK's default credentials chain (the ECS task role; an {@link AwsCredentialsProvider} bean replaces it) and the
 * configured or default region. No common tags
 * are added: CloudWatch matches an alarm's dimensions exactly, so every extra tag would leave the runbook
 * alarms watching nothing.
 */
@AutoConfiguration(
        before = {CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class},
        after = MetricsAutoConfiguration.class)
@ConditionalOnClass(CloudWatchMeterRegistry.class)
@ConditionalOnProperty(prefix = "management.cloudwatch.metrics.export", name = "enabled", havingValue = "true")
@ConditionalOnBean(Clock.class)
@EnableConfigurationProperties(CloudWatchExportProperties.class)
public class CloudWatchMetricsAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CloudWatchAsyncClient cloudWatchAsyncClient(
            CloudWatchExportProperties properties, ObjectProvider<AwsCredentialsProvider> credentials) {
        CloudWatchAsyncClientBuilder builder = CloudWatchAsyncClient.builder()
                .credentialsProvider(credentials.getIfAvailable(
                        () -> DefaultCredentialsProvider.builder().build()));
        properties.configuredRegion().map(Region::of).ifPresent(builder::region);
        properties.configuredEndpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    CloudWatchConfig cloudWatchConfig(CloudWatchExportProperties properties) {
        return new CloudWatchExportConfig(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    CloudWatchMeterRegistry cloudWatchMeterRegistry(
            CloudWatchConfig config, Clock clock, CloudWatchAsyncClient cloudWatchAsyncClient) {
        return new CloudWatchMeterRegistry(config, clock, cloudWatchAsyncClient);
    }
}
