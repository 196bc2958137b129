package com.mangaassist.common.aws;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
        @Valid StaticCredentials credentials) {

    public AwsProperties {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
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
