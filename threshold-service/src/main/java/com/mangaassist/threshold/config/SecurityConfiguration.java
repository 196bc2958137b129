package com.mangaassist.threshold.config;

import com.mangaassist.common.security.ServiceSecurity;
import com.mangaassist.threshold.audit.adapter.in.security.AccessRefusalAuditor;
import com.mangaassist.threshold.audit.domain.Auditor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what (roles of ARCHITECTURE.md). Customers read nothing here. Any staff member reads the
 * configuration, the audit trail and the forecast, simulates and proposes; only an ML lead or a category
 * owner decides a change request (the approval policy then checks which); only on-call runs runbooks.
 * Every 403 to an authenticated caller is audited.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] STAFF = {"REVIEWER", "SENIOR_REVIEWER", "ML_LEAD", "CATEGORY_OWNER", "ONCALL"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return ServiceSecurity.build(
                http,
                rules -> rules.requestMatchers("/api/runbook/**", "/api/oncall/**")
                        .hasRole("ONCALL")
                        .requestMatchers(
                                HttpMethod.POST, "/api/change-requests/*/approve", "/api/change-requests/*/reject")
                        .hasAnyRole("ML_LEAD", "CATEGORY_OWNER")
                        .requestMatchers("/api/**")
                        .hasAnyRole(STAFF));
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    AccessRefusalAuditor accessRefusalAuditor(Auditor auditor) {
        return new AccessRefusalAuditor(auditor);
    }
}
