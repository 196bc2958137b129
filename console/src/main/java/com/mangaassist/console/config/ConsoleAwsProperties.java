package com.mangaassist.console.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the console's AWS clients point ({@code mangaassist.aws.*}, the names every service uses, so the launcher
 * sets them alike): the region, endpoint overrides by key ({@code dynamodb}, {@code stepfunctions}) and static
 * credentials for the local stack only (absent: the default chain, the task role in AWS).
 */
@Validated
@ConfigurationProperties("mangaassist.aws")
public record ConsoleAwsProperties(
        @NotBlank String region,
        Map<String, URI> endpoints,
        @Valid Credentials credentials) {

    public ConsoleAwsProperties {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
    }

    public Optional<URI> endpoint(String key) {
        return Optional.ofNullable(endpoints.get(key));
    }

    /** Static credentials, only for the local stack. */
    public record Credentials(
            @NotBlank String accessKeyId, @NotBlank String secretAccessKey) {}
}
