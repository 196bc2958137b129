package com.mangaassist.metrics.cloudwatch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the meters go to CloudWatch ({@code management.cloudwatch.metrics.export.*}). Bound and validated only
 * when the export is enabled (the {@code aws} profile), so a wrong namespace or batch size stops the service at
 * start-up instead of silently publishing nothing the alarms watch.
 *
 * @param enabled whether to publish at all; {@code false} (the default) everywhere but the {@code aws} profile
 * @param namespace the CloudWatch namespace every metric goes to; the alarms must name the same one
 * @param step how often the registry publishes (and the width of each counter's step): at most the shortest
 *     alarm period (1 minute)
 * @param batchSize metric data per {@code PutMetricData} call, 1 to 1000
 * @param region the client's region; absent means the SDK's default chain ({@code AWS_REGION} in ECS)
 * @param endpoint an endpoint override (LocalStack); absent means the SDK's default endpoint
 */
@Validated
@ConfigurationProperties("management.cloudwatch.metrics.export")
public record CloudWatchExportProperties(
        boolean enabled,
        @NotBlank String namespace,
        @NotNull Duration step,
        @Min(1) @Max(1000) int batchSize,
        String region,
        URI endpoint) {

    public CloudWatchExportProperties {
        if (step != null && (step.isZero() || step.isNegative() || step.compareTo(Duration.ofMinutes(1)) > 0)) {
            throw new IllegalArgumentException(
                    "management.cloudwatch.metrics.export.step must be positive and at most 1m (the shortest alarm"
                            + " period), was " + step);
        }
    }

    /** The region, when one is configured. */
    public Optional<String> configuredRegion() {
        return region == null || region.isBlank() ? Optional.empty() : Optional.of(region);
    }

    /** The endpoint override, when one is configured. */
    public Optional<URI> configuredEndpoint() {
        return Optional.ofNullable(endpoint);
    }
}
