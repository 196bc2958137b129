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
 * The answering pipeline's settings: retrieval depth, the model's output budget, how long prompts and
 * customer profiles are cached, the Redis pub/sub channel on which the threshold service announces prompt
 * changes, and the review SLA per priority promised in acknowledgements.
 */
@Validated
@ConfigurationProperties("mangaassist.answering")
public record AnsweringProperties(
        @Min(1) @Max(50) int retrievalLimit,
        @Min(1) @Max(4096) int maxTokens,
        @NotNull Duration promptCacheTtl,
        @NotBlank String promptInvalidationChannel,
        @NotNull Duration profileCacheTtl,
        @NotEmpty Map<Priority, Duration> reviewSla) {}
