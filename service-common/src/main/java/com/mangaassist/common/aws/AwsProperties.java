package com.mangaassist.common.aws;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * Where the AWS clients point. In the {@code aws} profile only the region is set and the SDK's
 * defaults apply; in the {@code local} profile every endpoint points at the local stack and static
 * dummy credentials are used.
 *
 * @param region AWS region, for example {@code ap-northeast-1}
 * @param endpoints endpoint overrides by service key ({@code dynamodb}, {@code sqs}, {@code ses},
 *     {@code apigateway-management}, {@code stepfunctions}); absent means the SDK default
 * @param credentials static credentials for the local stack; absent means the default chain
 */
@Validated
@ConfigurationProperties("mangaassist.aws")
public record AwsProperties(
        @NotBlank String region,
        Map<String, URI> endpoints,
        @Valid StaticCredentials credentials,
        @Valid Retry retry) {

    @ConstructorBinding
    public AwsProperties {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
        retry = retry == null ? Retry.DEFAULT : retry;
    }

    /** Region, endpoints and credentials with the default retry policy. */
    public AwsProperties(String region, Map<String, URI> endpoints, StaticCredentials credentials) {
        this(region, endpoints, credentials, null);
    }

    /**
     * How every AWS client retries (the SDK's standard strategy with exponential backoff and half jitter, throttling
     * included). Bounded so a throttled or failing dependency costs a turn at most about a second and a half instead
     * of the DynamoDB client's default of 9 attempts; clients with a retry policy of their own (the Bedrock routes,
     * the delivery posts) switch it off.
     *
     * @param maxAttempts calls in all, the first included, in [1, 10]; default 3
     * @param baseDelay the first backoff, in [1 ms, 1 s]; default 50 ms
     * @param maxBackoff the longest single backoff, in [base delay, 20 s]; default 1 s
     */
    public record Retry(int maxAttempts, Duration baseDelay, Duration maxBackoff) {

        public static final Retry DEFAULT = new Retry(3, Duration.ofMillis(50), Duration.ofSeconds(1));

        public Retry {
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new IllegalArgumentException(
                        "mangaassist.aws.retry.max-attempts must be in [1, 10]: " + maxAttempts);
            }
            baseDelay = baseDelay == null ? Duration.ofMillis(50) : baseDelay;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(1) : maxBackoff;
            if (baseDelay.compareTo(Duration.ofMillis(1)) < 0 || baseDelay.compareTo(Duration.ofSeconds(1)) > 0) {
                throw new IllegalArgumentException(
                        "mangaassist.aws.retry.base-delay must be in [1ms, 1s]: " + baseDelay);
            }
            if (maxBackoff.compareTo(baseDelay) < 0 || maxBackoff.compareTo(Duration.ofSeconds(20)) > 0) {
                throw new IllegalArgumentException(
                        "mangaassist.aws.retry.max-backoff must be in [base-delay, 20s]: " + maxBackoff);
            }
        }
    }

    public Optional<URI> endpoint(String serviceKey) {
        return Optional.ofNullable(endpoints.get(serviceKey));
    }

    public Optional<StaticCredentials> staticCredentials() {
        return Optional.ofNullable(credentials);
    }

    /** Static credentials, only for the local stack. */
    public record StaticCredentials(
            @NotBlank String accessKeyId, @NotBlank String secretAccessKey) {}
}
