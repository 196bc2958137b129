package com.mangaassist.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The console against the real local issuer and a recording stand-in for the services: signing in, who may open
 * which page, what reaches a service (the user's token, the body, the Idempotency-Key) and what never does.
 */
@ExtendWith(LocalAwsExtension.class)
@SpringBootTest(properties = "spring.profiles.active=local")
@AutoConfigureMockMvc
class ConsoleIntegrationTest {

    /** A service stand-in: records every request, answers 409 DECISION_TOO_LATE as a problem. */
    record Seen(String method, String path, Map<String, List<String>> headers, String body) {}

    private static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    private static final HttpServer SERVICE = startService();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        LocalAwsEndpoints endpoints = LocalAws.endpoints();
        String service = "http://127.0.0.1:" + SERVICE.getAddress().getPort();
        registry.add("mangaassist.local.issuer", () -> endpoints.issuer().toString());
        for (String name : List.of("orchestrator", "reviews", "feedback", "thresholds")) {
            registry.add("mangaassist.console.services." + name, () -> service);
        }
        // nothing listens there: the deliveries service is "down"
        registry.add("mangaassist.console.services.deliveries", () -> "http://127.0.0.1:9");
        registry.add("mangaassist.console.gateway-web-socket", () -> "ws://127.0.0.1:4510/");
        registry.add("mangaassist.console.request-timeout", () -> "2s");
    }

    @AfterAll
    static void stopService() {
        SERVICE.stop(0);
    }

    @Test
    void withoutSignInPagesRedirectToTheSignInPageAndCallsAre401() throws Exception {
        mvc.perform(get("/reviewer")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/console/api/reviews/api/reviews")).andExpect(status().isUnauthorized());
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("LOCAL STACK ONLY"));
    }

    @Test
    void signingInNeedsTheCsrfTokenAndStartsAFreshSession() throws Exception {
        mvc.perform(post("/sign-in").param("userId", "r-1").param("roles", "reviewer"))
                .andExpect(status().isForbidden());

        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        MvcResult result = mvc.perform(post("/sign-in")
                        .session(before)
                        .with(csrf())
                        .param("userId", "r-1")
                        .param("roles", "reviewer"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(idBefore);
    }

    @Test
    void aBadSignInIsSaidOnThePageAndSignsNobodyIn() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("userId", "r 1<script>").param("roles", "reviewer"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("sign-in-error")
                        .doesNotContain("<script>"));
        mvc.perform(post("/sign-in").with(csrf()).param("userId", "r-1"))
                .andExpect(status().isBadRequest())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("Choose at least one role"));
    }

    @Test
    void eachDeskOpensOnlyForItsRolesAndACustomerGetsTheForbiddenPage() throws Exception {
        MockHttpSession customer = signIn("c-1", "customer");
        mvc.perform(get("/").session(customer)).andExpect(redirectedUrl("/chat"));
        mvc.perform(get("/chat").session(customer)).andExpect(status().isOk());
        for (String staffPage : List.of("/reviewer", "/agent", "/oncall", "/ml")) {
            mvc.perform(get(staffPage).session(customer))
                    .andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/forbidden"));
        }

        MockHttpSession oncall = signIn("oc-1", "oncall");
        mvc.perform(get("/").session(oncall)).andExpect(redirectedUrl("/oncall"));
        mvc.perform(get("/oncall").session(oncall)).andExpect(status().isOk());
        mvc.perform(get("/reviewer").session(oncall)).andExpect(status().isForbidden());
        mvc.perform(get("/chat").session(oncall)).andExpect(status().isForbidden());
        mvc.perform(post("/console/chat/connection").session(oncall).with(csrf()))
                .andExpect(status().isForbidden());

        MockHttpSession lead = signIn("ml-1", "ml-lead");
        mvc.perform(get("/").session(lead)).andExpect(redirectedUrl("/ml"));
        mvc.perform(get("/oncall").session(lead)).andExpect(status().isForbidden());
    }

    @Test
    void theForbiddenPageSaysSoPlainly() throws Exception {
        MockHttpSession customer = signIn("c-2", "customer");
        mvc.perform(get("/forbidden").session(customer))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"forbidden\"", "Your roles do not open this page"));
    }

    @Test
    void pagesShowOnlyTheDesksOfTheRolesAndNeverTheToken() throws Exception {
        MockHttpSession session = signIn("r-7", "reviewer");
        String page = mvc.perform(get("/reviewer").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("nav-reviewer", "nav-agent").doesNotContain("nav-oncall", "nav-ml", "nav-chat");
        assertThat(page).doesNotContain("eyJ");
    }

    @Test
    void aCallReachesTheServiceWithTheUsersOwnTokenBodyAndIdempotencyKeyAndItsProblemComesBackAsItIs()
            throws Exception {
        MockHttpSession session = signIn("r-9", "reviewer");
        SEEN.clear();

        mvc.perform(post("/console/api/reviews/api/reviews/t-1/decision")
                        .session(session)
                        .with(csrf())
                        .header("Idempotency-Key", "k-42")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DECISION_TOO_LATE"));

        assertThat(SEEN).singleElement().satisfies(seen -> {
            assertThat(seen.method()).isEqualTo("POST");
            assertThat(seen.path()).isEqualTo("/api/reviews/t-1/decision");
            assertThat(seen.body()).isEqualTo("{\"decision\":\"APPROVE\"}");
            assertThat(seen.headers().get("Idempotency-key")).containsExactly("k-42");
            String bearer = seen.headers().get("Authorization").get(0);
            assertThat(bearer).startsWith("Bearer ");
            assertThat(claims(bearer.substring(7))).contains("\"sub\":\"r-9\"", "\"reviewer\"");
            assertThat(seen.headers()).doesNotContainKey("Cookie");
        });
    }

    @Test
    void theConsoleRefusesWhatMustNeverReachAServiceAndSaysWhenOneIsDown() throws Exception {
        MockHttpSession session = signIn("oc-2", "oncall");
        SEEN.clear();

        mvc.perform(post("/console/api/reviews/api/reviews/next").session(session))
                .andExpect(status().isForbidden()); // no CSRF token
        // refused by Spring Security's firewall before the console's own path check (ServiceCallTest covers that)
        mvc.perform(get("/console/api/reviews/api/%2e%2e/actuator/env").session(session))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/console/api/billing/api/x").session(session))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_SERVICE"));
        mvc.perform(post("/console/api/reviews/api/reviews/next")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("x".repeat(65_537)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("REQUEST_TOO_LARGE"));
        assertThat(SEEN).isEmpty();

        mvc.perform(get("/console/api/deliveries/api/deliveries/stats").session(session))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"))
                .andExpect(jsonPath("$.service").value("deliveries"));
    }

    @Test
    void aCustomerGetsTheGatewayAndTheirTokenForTheChatSocketUncached() throws Exception {
        MockHttpSession customer = signIn("c-5", "customer");
        MvcResult result = mvc.perform(
                        post("/console/chat/connection").session(customer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.url").value("ws://127.0.0.1:4510/"))
                .andExpect(jsonPath("$.subject").value("c-5"))
                .andReturn();
        String token = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.token");
        assertThat(claims(token)).contains("\"sub\":\"c-5\"", "\"customer\"");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MockHttpSession session = signIn("r-3", "reviewer");
        mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/reviewer").session(session)).andExpect(redirectedUrl("/sign-in"));
    }

    private MockHttpSession signIn(String user, String... roles) throws Exception {
        MockHttpSession session = new MockHttpSession();
        var request = post("/sign-in").session(session).with(csrf()).param("userId", user);
        for (String role : roles) {
            request.param("roles", role);
        }
        MvcResult result = mvc.perform(request).andExpect(status().isFound()).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static HttpServer startService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                SEEN.add(new Seen(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().toString(),
                        Map.copyOf(exchange.getRequestHeaders()),
                        new String(body, StandardCharsets.UTF_8)));
                byte[] answer = "{\"status\":409,\"code\":\"DECISION_TOO_LATE\",\"title\":\"Conflict\"}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(409, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
