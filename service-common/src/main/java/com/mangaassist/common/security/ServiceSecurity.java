package com.mangaassist.common.security;

import java.util.List;
import java.util.Map;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security every service shares: stateless JWT resource server, roles from the {@code roles}
 * claim, problem-details 401/403, only health open, every other Actuator endpoint on-call only (ahead of
 * the service's rules, so none can open them wider). Each service adds its own path rules; anything not
 * matched by them requires an authenticated caller. The only Actuator paths a service may rule on itself are
 * the runbooks documented for other roles ({@code /actuator/runbooks/<name>}, for example the ML lead's
 * freeze and unfreeze), as exceptions named in docs/ACCESS.md.
 */
public final class ServiceSecurity {

    private ServiceSecurity() {}

    public static SecurityFilterChain build(
            HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
                    serviceRules)
            throws Exception {
        return build(http, Map.of(), serviceRules);
    }

    /**
     * As {@link #build(HttpSecurity, Customizer)}, plus the roles of named runbooks on the {@code runbooks}
     * Actuator endpoint ({@code name} → roles, e.g. {@code improvement-unfreeze} → {@code ML_LEAD}); every
     * runbook not named stays on-call only.
     */
    public static SecurityFilterChain build(
            HttpSecurity http,
            Map<String, List<String>> runbookRoles,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
                    serviceRules)
            throws Exception {
        ProblemDetailsSecurityHandlers handlers = new ProblemDetailsSecurityHandlers();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .oauth2ResourceServer(o -> o.authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesClaimConverter())))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    runbookRoles.forEach((name, roles) -> rules.requestMatchers("/actuator/runbooks/" + name)
                            .hasAnyRole(roles.toArray(String[]::new)));
                    // metrics and the rest show queue depths, reviewer counts and error rates: on-call business
                    rules.requestMatchers("/actuator", "/actuator/**").hasRole("ONCALL");
                    serviceRules.customize(rules);
                    rules.anyRequest().authenticated();
                });
        return http.build();
    }
}
