package com.mangaassist.console.config;

import com.mangaassist.console.api.adapter.out.http.JdkHttpServiceApi;
import com.mangaassist.console.api.application.ServiceApi;
import com.mangaassist.console.api.application.ServiceCalls;
import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.chat.domain.ChatGateway;
import com.mangaassist.console.pages.adapter.in.web.ScriptMessages;
import com.mangaassist.console.signin.adapter.out.issuer.LocalIssuerClient;
import com.mangaassist.console.signin.adapter.out.jwt.JwksTokenVerifier;
import com.mangaassist.console.signin.application.LocalSignIn;
import com.mangaassist.console.signin.application.LocalTokenMint;
import com.mangaassist.console.signin.application.TokenVerifier;
import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The console's parts: the services it calls, how tokens are checked, the labels scripts use. */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration {

    /** The message bundles, one per desk; templates and scripts read the same ones. */
    public static final List<String> MESSAGE_BUNDLES = List.of(
            "messages/common",
            "messages/reviewer",
            "messages/agent",
            "messages/oncall",
            "messages/ml",
            "messages/chat");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ServiceApi serviceApi(ConsoleProperties properties) {
        ConsoleProperties.Services services = properties.services();
        Map<Upstream, URI> bases = new EnumMap<>(Upstream.class);
        bases.put(Upstream.ORCHESTRATOR, services.orchestrator());
        bases.put(Upstream.REVIEWS, services.reviews());
        bases.put(Upstream.FEEDBACK, services.feedback());
        bases.put(Upstream.THRESHOLDS, services.thresholds());
        bases.put(Upstream.DELIVERIES, services.deliveries());
        return new JdkHttpServiceApi(bases, properties.requestTimeout());
    }

    @Bean
    TokenVerifier tokenVerifier(ConsoleProperties properties) {
        return new JwksTokenVerifier(properties.jwkSetUri(), properties.issuer());
    }

    @Bean
    ScriptMessages scriptMessages() {
        return new ScriptMessages(MESSAGE_BUNDLES);
    }

    @Bean
    ServiceCalls serviceCalls(ServiceApi services, Clock clock, ConsoleProperties properties) {
        return new ServiceCalls(services, clock, properties.maxRequestBytes());
    }

    @Bean
    ChatGateway chatGateway(ConsoleProperties properties) {
        return new ChatGateway(properties.gatewayWebSocket());
    }

    /** The local sign-in and the local stack's issuer behind it; absent in AWS (Cognito signs people in). */
    @Bean
    @Profile("!aws")
    LocalSignIn localSignIn(
            @Value("${mangaassist.local.issuer}") URI issuer, TokenVerifier verifier, ConsoleProperties properties) {
        LocalTokenMint mint = new LocalIssuerClient(issuer, properties.requestTimeout());
        return new LocalSignIn(mint, verifier, properties.tokenLifetime());
    }
}
