package com.mangaassist.console.config;

import com.mangaassist.console.oncall.domain.ChecklistPolicy;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the on-call checklist and incidents ({@code mangaassist.console.oncall.*}; meaning in docs/CONSOLE.md).
 *
 * @param resourcePrefix the environment's resource prefix (the incidents table is {@code <prefix>-incidents})
 * @param stateMachineArn the review workflow (ListExecutions); blank: step 6 says it is not configured
 */
@Validated
@ConfigurationProperties("mangaassist.console.oncall")
public record OncallProperties(
        @NotBlank String resourcePrefix,
        String stateMachineArn,
        @NotNull Duration configWindow,
        @NotNull Duration recentChange,
        @NotNull Duration stuckExecutionAfter,
        @NotNull Duration endedBadlyWindow,
        @DecimalMin("0.5") @DecimalMax("1.0") double relaxedAutoRespondMin,
        @Min(1) @Max(480) int relaxationMinutes,
        @NotNull Duration retryWindow) {

    public Optional<String> stateMachine() {
        return stateMachineArn == null || stateMachineArn.isBlank() ? Optional.empty() : Optional.of(stateMachineArn);
    }

    ChecklistPolicy policy() {
        return new ChecklistPolicy(
                configWindow,
                recentChange,
                stuckExecutionAfter,
                endedBadlyWindow,
                relaxedAutoRespondMin,
                relaxationMinutes,
                retryWindow);
    }
}
