package com.mangaassist.orchestrator.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Chat limits. {@code maxTextLength} is in code points. */
@Validated
@ConfigurationProperties("mangaassist.chat")
public record ChatProperties(@Min(1) @Max(32768) int maxTextLength) {}
