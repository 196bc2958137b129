package com.mangaassist.orchestrator.chat.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.DynamoDbWrites;
import com.mangaassist.common.testing.FuzzInputs;
import com.mangaassist.common.testing.RestFuzzing;
import com.mangaassist.model.resources.Resources;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Fuzzing the gateway integration (issue 14) at the HTTP level: frames that are not a valid {@code sendMessage}
 * (random and malformed JSON, invalid UTF-8, the 128 KB edge, actions that are almost right) on a live
 * connection, hostile {@code X-Connection-Id} and {@code X-Source-Ip} headers on connect, message and disconnect,
 * and Authorization abuse. Never a 5xx, every error has a code, and no such request stores a message, a session or
 * a connection ({@link RestFuzzing}). The frame parser itself is fuzzed in {@link ClientFramesFuzzTest}.
 */
@Import(DynamoDbWrites.class)
class GatewayRestFuzzIntegrationTest extends RestFuzzing {

    private static final String CUSTOMER = "u-fuzz-customer";
    private static final String CONNECTION = "conn-fuzz-1";

    @Override
    protected long writes() {
        return writesTo(Resources.MESSAGES, Resources.SESSIONS, Resources.CONNECTIONS);
    }

    @Override
    protected void prepare() {
        MockHttpServletRequestBuilder connect =
                request(HttpMethod.POST, "/internal/ws/connect", null, CUSTOMER, "customer");
        connect.header("X-Connection-Id", CONNECTION);
        try {
            assertThat(mvc.perform(connect).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property
    void framesThatAreNotAMessage(@ForAll("frames") byte[] frame) {
        MockHttpServletRequestBuilder request =
                request(HttpMethod.POST, "/internal/ws/message", frame, CUSTOMER, "customer");
        request.header("X-Connection-Id", CONNECTION);
        long before = writes();
        MockHttpServletResponse response = send(request);
        collect(response);
        // the gateway gets 200 and the customer an error frame: no turn, session or connection is written
        assertThat(response.getStatus()).as(body(response)).isEqualTo(200);
        assertThat(writes()).as("writes after a frame that is not a message").isEqualTo(before);
    }

    @Property
    void connectionIdAndSourceIpHeaders(
            @ForAll("headerValues") String connectionId,
            @ForAll("headerValues") String sourceIp,
            @ForAll("routes") String route) {
        MockHttpServletRequestBuilder request = request(
                HttpMethod.POST,
                "/internal/ws/" + route,
                "{\"action\":\"sendMessage\",\"text\":\"hi\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                CUSTOMER,
                "customer");
        request.header("X-Connection-Id", connectionId).header("X-Source-Ip", sourceIp);
        MockHttpServletResponse response = send(request);
        collect(response);
        // none of these ids is well-formed and free, so nothing may be opened, recorded or closed
        assertThat(response.getStatus()).as(body(response)).isGreaterThanOrEqualTo(400);
    }

    @Property
    void authorizationHeaderAbuse(@ForAll("headerValues") String authorization) {
        MockHttpServletResponse response = send(MockMvcRequestBuilders.post("/internal/ws/connect")
                .header("X-Connection-Id", "conn-fuzz-auth")
                .header("Authorization", authorization));
        collect(response);
        assertThat(response.getStatus()).as(body(response)).isIn(400, 401);
    }

    // the regression corpus: inputs that once failed a property here (see the note of issue 14)

    @Example
    void anotherCustomersConnectionIdIsNotFoundOnConnect() {
        MockHttpServletRequestBuilder request =
                request(HttpMethod.POST, "/internal/ws/connect", null, "u-fuzz-intruder", "customer");
        request.header("X-Connection-Id", CONNECTION);
        MockHttpServletResponse response = send(request);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(codeOf(body(response))).isEqualTo("UNKNOWN_CONNECTION");
    }

    @Example
    void aMissingConnectionIdIsAProblemWithACode() {
        MockHttpServletResponse response =
                send(request(HttpMethod.POST, "/internal/ws/message", new byte[0], CUSTOMER, "customer"));
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Provide
    Arbitrary<byte[]> frames() {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        // never exactly "sendMessage": a valid turn is not what this property is about
        fields.put("action", Arbitraries.of("sendmessage", "SendMessage", "sendMessage ", "feedback", ""));
        fields.put("clientMessageId", Arbitraries.of("c-1", "", "c".repeat(65), "c 1"));
        fields.put("text", Arbitraries.of("ワンピースの最新巻は在庫ありますか？", "", " ", "t".repeat(2001)));
        fields.put("lang", Arbitraries.of("ja", "en", "xx"));
        return FuzzInputs.bodies(fields);
    }

    @Provide
    Arbitrary<String> headerValues() {
        // well-formed free ids would open sessions: every value here is malformed, taken or someone else's
        return Arbitraries.oneOf(
                FuzzInputs.headerValues().filter(v -> !v.matches("[A-Za-z0-9+/=_-]{1,128}")), Arbitraries.just(""));
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of("connect", "message", "disconnect");
    }

    private static void collect(MockHttpServletResponse response) {
        Statistics.collect(response.getStatus(), codeOf(body(response)));
    }
}
