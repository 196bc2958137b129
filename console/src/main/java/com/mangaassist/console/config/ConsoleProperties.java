package com.mangaassist.console.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the console ({@code mangaassist.console.*}); defaults in {@code application.yml}, meaning in
 * docs/CONSOLE.md.
 *
 * @param services where each service's public API is
 * @param gatewayWebSocket the chat WebSocket customers connect to ({@code ws://…/} locally, {@code wss://…} in AWS)
 * @param jwkSetUri the keys the tokens it is given are checked against (the local issuer's, or Cognito's)
 * @param issuer the {@code iss} every token must carry
 * @param requestTimeout how long a call to a service may take before the page is told it is unavailable
 * @param maxRequestBytes the largest body the console passes on to a service
 * @param tokenLifetime how long a locally minted token lives (the local sign-in only)
 */
@Validated
@ConfigurationProperties("mangaassist.console")
public record ConsoleProperties(
        @NotNull @Valid Services services,
        @NotNull URI gatewayWebSocket,
        @NotNull URI jwkSetUri,
        @NotNull String issuer,
        @NotNull Duration requestTimeout,
        @Min(1024) @Max(1_048_576) int maxRequestBytes,
        @NotNull Duration tokenLifetime) {

    /** Base URLs of the services the console calls. */
    public record Services(
            @NotNull URI orchestrator,
            @NotNull URI reviews,
            @NotNull URI feedback,
            @NotNull URI thresholds,
            @NotNull URI deliveries) {}
}
