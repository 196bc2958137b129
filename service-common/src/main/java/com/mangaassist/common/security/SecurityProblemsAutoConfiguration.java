package com.mangaassist.common.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Makes the security firewall's refusals problem documents with a {@code code} in every service (Spring
 * Security's web configuration picks up the one {@link RequestRejectedHandler} bean).
 */
@AutoConfiguration
@ConditionalOnClass(RequestRejectedHandler.class)
public class SecurityProblemsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler problemDetailsRequestRejectedHandler() {
        return new ProblemDetailsRequestRejectedHandler();
    }
}
