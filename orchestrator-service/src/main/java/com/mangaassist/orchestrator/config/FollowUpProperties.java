package com.mangaassist.orchestrator.config;

import com.mangaassist.model.routing.Priority;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * After the first reply: the review state machine to start and its timeouts per priority
 * ({@code TimeoutSeconds}; default 300 s), the heartbeat the review service must keep up
 * ({@code HeartbeatSeconds}), when a promise falls due for the watchdog (5 min), how often a failed
 * StartExecution is tried, and the delay of the inbox-drain request sent on connect.
 */
@Validated
@ConfigurationProperties("mangaassist.followup")
public record FollowUpProperties(
        @NotBlank String stateMachineArn,
        @NotEmpty Map<Priority, Duration> workflowTimeout,
        @NotNull Duration workflowHeartbeat,
        @NotNull Duration promiseDue,
        @Min(1) @Max(10) int startAttempts,
        @Min(0) @Max(15) int inboxDrainDelaySeconds) {}
