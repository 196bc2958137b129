package com.mangaassist.common.runbook.actuator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** The {@code Idempotency-Key} header for the {@code runbooks} Actuator endpoint, in every servlet service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RunbookEndpointAutoConfiguration {

    @Bean
    IdempotencyKeyParameterFilter runbookIdempotencyKeyParameterFilter() {
        return new IdempotencyKeyParameterFilter();
    }
}
