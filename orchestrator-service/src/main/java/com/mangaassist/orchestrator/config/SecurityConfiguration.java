package com.mangaassist.orchestrator.config;

import com.mangaassist.common.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Who may call what (roles of ARCHITECTURE.md); everything else needs an authenticated caller. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return ServiceSecurity.build(
                http,
                rules -> rules.requestMatchers("/internal/ws/**")
                        .hasRole("CUSTOMER")
                        .requestMatchers("/api/runbook/**")
                        .hasRole("ONCALL")
                        .requestMatchers("/api/confidence/**")
                        .hasAnyRole("ML_LEAD", "CATEGORY_OWNER", "SENIOR_REVIEWER", "ONCALL"));
    }
}
