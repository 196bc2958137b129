package com.mangaassist.reviewqueue.config;

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
                rules -> rules.requestMatchers("/api/reviews/stats")
                        .hasAnyRole("REVIEWER", "SENIOR_REVIEWER", "ONCALL")
                        .requestMatchers("/api/reviews/decisions")
                        .hasAnyRole("ONCALL", "ML_LEAD")
                        .requestMatchers("/api/reviews/**")
                        .hasAnyRole("REVIEWER", "SENIOR_REVIEWER")
                        .requestMatchers("/api/reviewers/me/**")
                        .hasAnyRole("REVIEWER", "SENIOR_REVIEWER")
                        .requestMatchers("/api/reviewers")
                        .hasRole("ONCALL")
                        .requestMatchers("/api/handoffs/**")
                        .hasAnyRole("REVIEWER", "SENIOR_REVIEWER")
                        .requestMatchers("/api/runbook/**", "/api/oncall/**")
                        .hasRole("ONCALL"));
    }
}
