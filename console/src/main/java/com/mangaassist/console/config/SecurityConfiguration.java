package com.mangaassist.console.config;

import com.mangaassist.console.signin.adapter.in.web.BearerTokenFilter;
import com.mangaassist.console.signin.adapter.in.web.CognitoSignInSuccess;
import com.mangaassist.console.signin.application.TokenVerifier;
import com.mangaassist.model.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what. Pages need a signed-in user with the desk's role (a customer opening a staff page gets the 403
 * page); {@code /console/**} (the pages' calls) needs a signed-in user and answers 401/403 as problems, not
 * redirects; the services behind it check roles and objects again. Sessions are server-side; every POST carries the
 * CSRF token; the Content-Security-Policy allows scripts, styles and connections only to the console itself and the
 * chat gateway.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** How people sign in: the local issuer's page, or Cognito in AWS. */
    public interface SignInMethod {
        /** Where someone who is not signed in is sent. */
        String entryPoint();

        void configure(HttpSecurity http) throws Exception;
    }

    @Bean
    @Profile("!aws")
    SignInMethod localSignInMethod() {
        return new SignInMethod() {
            @Override
            public String entryPoint() {
                return "/sign-in";
            }

            @Override
            public void configure(HttpSecurity http) throws Exception {
                http.authorizeHttpRequests(
                        rules -> rules.requestMatchers("/sign-in").permitAll());
            }
        };
    }

    @Bean
    @Profile("aws")
    SignInMethod cognitoSignInMethod(OAuth2AuthorizedClientRepository clients, TokenVerifier verifier) {
        return new SignInMethod() {
            @Override
            public String entryPoint() {
                return "/oauth2/authorization/cognito";
            }

            @Override
            public void configure(HttpSecurity http) throws Exception {
                http.oauth2Login(login -> login.successHandler(new CognitoSignInSuccess(clients, verifier)));
            }
        };
    }

    /**
     * The console's own stateless API for on-call tools ({@code /api/oncall/**}): a bearer token verified like the
     * sign-in's, role on-call, no session and no CSRF (no cookie is involved); 401/403 as problem details.
     */
    @Bean
    @Order(1)
    SecurityFilterChain oncallApiSecurity(HttpSecurity http, TokenVerifier verifier) throws Exception {
        http.securityMatcher("/api/oncall/**")
                .authorizeHttpRequests(rules -> rules.requestMatchers("/api/oncall/weekly-report")
                        // the weekly review is the agenda of on-call's and the ML leads' threshold review
                        .hasAnyRole(roles(Role.ONCALL, Role.ML_LEAD))
                        .anyRequest()
                        .hasAnyRole(roles(Role.ONCALL)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterBefore(new BearerTokenFilter(verifier), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> problem(
                                response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "a valid bearer token is required"))
                        .accessDeniedHandler((request, response, denied) ->
                                problem(response, HttpStatus.FORBIDDEN, "FORBIDDEN", "your roles do not allow this")));
        return http.build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleSecurity(HttpSecurity http, SignInMethod signIn, ConsoleProperties properties)
            throws Exception {
        RequestMatcher calls = request -> request.getRequestURI().startsWith(request.getContextPath() + "/console/");
        signIn.configure(http);
        http.authorizeHttpRequests(rules -> rules.requestMatchers(
                                "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/reviewer", "/reviewer/**", "/agent", "/agent/**")
                        .hasAnyRole(roles(Role.REVIEWER, Role.SENIOR_REVIEWER))
                        .requestMatchers("/weekly", "/console/oncall/weekly-report")
                        .hasAnyRole(roles(Role.ONCALL, Role.ML_LEAD))
                        .requestMatchers("/oncall", "/oncall/**", "/console/oncall/**")
                        .hasAnyRole(roles(Role.ONCALL))
                        .requestMatchers("/ml", "/ml/**")
                        .hasAnyRole(roles(Role.ML_LEAD, Role.CATEGORY_OWNER))
                        .requestMatchers("/chat", "/chat/**", "/console/chat/**")
                        .hasAnyRole(roles(Role.CUSTOMER))
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), calls)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(signIn.entryPoint()), request -> true)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value()), calls)
                        .accessDeniedPage("/forbidden"))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(signIn.entryPoint()))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(properties.gatewayWebSocket())))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    static String contentSecurityPolicy(URI gateway) {
        String socket = gateway.getScheme() + "://" + gateway.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' "
                + socket + "; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
    }

    private static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::roleName).toArray(String[]::new);
    }
}
