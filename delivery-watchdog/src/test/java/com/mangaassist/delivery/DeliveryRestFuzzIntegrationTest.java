package com.mangaassist.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.DynamoDbWrites;
import com.mangaassist.common.testing.FuzzInputs;
import com.mangaassist.common.testing.RestFuzzing;
import com.mangaassist.model.resources.Resources;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Fuzzing the delivery-watchdog's HTTP API (issue 14): the two runbooks' bodies (windows, dry runs, reasons) with
 * hostile Idempotency-Keys, and Authorization abuse, against the real MVC stack. Never a 5xx, every error has a
 * code, and a refused request writes no promise or inbox item.
 */
@Import(DynamoDbWrites.class)
@TestPropertySource(properties = "mangaassist.delivery.watchdog.enabled=false")
class DeliveryRestFuzzIntegrationTest extends RestFuzzing {

    @Override
    protected long writes() {
        return writesTo(Resources.DELIVERY_PROMISES, Resources.INBOX);
    }

    @Property
    void runbookBodiesAndIdempotencyKeys(
            @ForAll("runbookBodies") byte[] body,
            @ForAll("headerValues") String key,
            @ForAll boolean withKey,
            @ForAll boolean retry) {
        MockHttpServletRequestBuilder request = request(
                HttpMethod.POST,
                "/api/runbook/deliveries/" + (retry ? "retry" : "apologies"),
                body,
                "u-fuzz-oncall",
                "oncall");
        if (withKey) {
            request.header("Idempotency-Key", key);
        }
        collect(send(request));
    }

    @Property
    void authorizationHeaderAbuse(@ForAll("headerValues") String authorization) {
        MockHttpServletResponse response =
                send(MockMvcRequestBuilders.get("/api/deliveries/stats").header("Authorization", authorization));
        collect(response);
        assertThat(response.getStatus()).as(body(response)).isIn(400, 401);
    }

    @Provide
    Arbitrary<byte[]> runbookBodies() {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        fields.put("dryRun", Arbitraries.of(true));
        fields.put("reason", Arbitraries.of("fuzz", "", "r".repeat(2000)));
        fields.put(
                "from",
                Arbitraries.of(
                        "2026-12-04T10:00:00Z",
                        "2026-12-01T00:00:00Z",
                        "2026-12-04T10:00:00",
                        "+999999999-12-31T23:59:59Z"));
        fields.put("to", Arbitraries.of("2026-12-04T11:00:00Z", "2026-12-04T09:00:00Z", "-999999999-01-01T00:00:00Z"));
        return FuzzInputs.bodies(fields);
    }

    @Provide
    Arbitrary<String> headerValues() {
        return FuzzInputs.headerValues();
    }

    private static void collect(MockHttpServletResponse response) {
        Statistics.collect(response.getStatus(), codeOf(body(response)));
    }
}
