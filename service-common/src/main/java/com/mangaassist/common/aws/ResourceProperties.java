package com.mangaassist.common.aws;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The environment prefix of every physical table and queue name, for example {@code mangaassist-prod}. */
@Validated
@ConfigurationProperties("mangaassist.resources")
public record ResourceProperties(
        @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9_-]{0,40}") String prefix) {}
