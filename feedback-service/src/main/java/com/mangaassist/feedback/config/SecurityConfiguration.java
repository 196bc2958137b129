package com.mangaassist.feedback.config;

import com.mangaassist.common.security.ServiceSecurity;
import com.mangaassist.feedback.runbook.adapter.in.actuator.FeedbackRunbookCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what (roles of ARCHITECTURE.md). Customers submit and read their own feedback; on-call and
 * ML leads read quality, anomalies, reputation and aggregates; only on-call quarantines and backfills; only
 * an ML lead runs the prompt-improvement job or unfreezes it — on the REST paths and on {@code
 * /actuator/runbooks/improvement-(un)freeze} alike. Object-level checks are in the controllers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return ServiceSecurity.build(
                http,
                FeedbackRunbookCatalog.actuatorRoles(),
                rules -> rules.requestMatchers(HttpMethod.POST, "/api/feedback")
                        .hasRole("CUSTOMER")
                        .requestMatchers(
                                "/api/feedback/quality",
                                "/api/feedback/aggregates",
                                "/api/feedback/anomalies",
                                "/api/feedback/reputation/**")
                        .hasAnyRole("ONCALL", "ML_LEAD")
                        .requestMatchers("/api/feedback/improvement/**")
                        .hasRole("ML_LEAD")
                        .requestMatchers("/api/runbook/feedback/improvement/unfreeze")
                        .hasRole("ML_LEAD")
                        .requestMatchers("/api/runbook/feedback/improvement/freeze")
                        .hasAnyRole("ONCALL", "ML_LEAD")
                        .requestMatchers("/api/runbook/**")
                        .hasRole("ONCALL")
                        .requestMatchers(HttpMethod.GET, "/api/feedback/*")
                        .hasAnyRole("CUSTOMER", "ONCALL", "ML_LEAD")
                        .requestMatchers("/api/**")
                        .denyAll());
    }
}
