package com.mangaassist.console.oncall.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Signals;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter reads the services' documented JSON (docs/API.md) and turns refusals into failed readings. */
class HttpSuiteSignalsTest {

    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> queries = new ConcurrentHashMap<>();
    private HttpServer server;
    private HttpSuiteSignals signals;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            queries.put(path, String.valueOf(exchange.getRequestURI().getRawQuery()));
            byte[] body = bodies.getOrDefault(path, "{\"status\":404,\"code\":\"NOT_FOUND\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(
                    statuses.getOrDefault(path, bodies.containsKey(path) ? 200 : 404), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        Map<Upstream, URI> bases = new EnumMap<>(Upstream.class);
        for (Upstream u : Upstream.values()) {
            bases.put(u, base);
        }
        signals = new HttpSuiteSignals(bases, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theAuditTrailIsReadForTheWindowAsTheArrayTheServiceAnswers() {
        bodies.put(
                "/api/audit",
                "[{\"at\":\"2026-12-04T11:07:00.000Z\",\"service\":\"threshold-service\",\"actor\":\"oc-1\","
                        + "\"action\":\"emergency-relaxation\",\"category\":\"general\",\"subject\":\"\",\"reason\":\"backlog\","
                        + "\"before\":\"\",\"after\":\"\",\"dryRun\":true,\"summary\":\"auto from 0.700\"}]");

        Fetched<List<Signals.AuditRecord>> audit =
                signals.audit(Instant.parse("2026-12-04T11:00:00Z"), Instant.parse("2026-12-04T12:00:00Z"), "t");

        assertThat(audit.get()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("emergency-relaxation");
            assertThat(e.dryRun()).isTrue();
            assertThat(e.at()).isEqualTo(Instant.parse("2026-12-04T11:07:00Z"));
        });
        assertThat(queries.get("/api/audit"))
                .contains("since=2026-12-04T11%3A00%3A00Z")
                .contains("until=2026-12-04T12%3A00%3A00Z")
                .contains("limit=1000");
    }

    @Test
    void anomalyFindingsAreGroupedByKindAndPagesComeFromEveryServiceThatKeepsThem() {
        bodies.put(
                "/api/feedback/anomalies",
                "{\"ranAt\":\"2026-12-04T11:00:00Z\",\"findings\":["
                        + "{\"kind\":\"cohort-deviation\",\"accounts\":[\"u-1\",\"u-2\"],\"numbers\":{},\"summary\":\"\"},"
                        + "{\"kind\":\"uniform-timing\",\"accounts\":[\"u-2\"],\"numbers\":{},\"summary\":\"\"}],"
                        + "\"pages\":[{\"subject\":\"feedback anomaly\",\"message\":\"2 accounts\",\"at\":\"2026-12-04T11:00:01Z\"}]}");
        bodies.put(
                "/api/oncall/pages",
                "{\"pages\":[{\"subject\":\"backup\",\"message\":\"paged\","
                        + "\"at\":\"2026-12-04T11:02:00Z\"}],\"count\":1}");

        Signals.Anomalies anomalies = signals.feedbackAnomalies("t").get();
        List<Signals.PageRecord> pages = signals.pages("t").get();

        assertThat(anomalies.accountsPerKind()).containsOnlyKeys("cohort-deviation", "uniform-timing");
        assertThat(anomalies.accounts()).containsExactly("u-1", "u-2");
        assertThat(pages)
                .extracting(Signals.PageRecord::source)
                .containsExactlyInAnyOrder("reviews", "thresholds", "feedback");
    }

    @Test
    void aGaugeIsItsValueMeasurementWithTheAlarmsTagsAndAMissingMeterIsAFailedReading() {
        bodies.put(
                "/actuator/metrics/mangaassist.review.sla.breach.rate",
                "{\"measurements\":[{\"statistic\":\"VALUE\",\"value\":0.07}]}");

        assertThat(signals.gauge(Upstream.REVIEWS, "mangaassist.review.sla.breach.rate", Map.of("priority", "P1"), "t")
                        .get())
                .isEqualTo(0.07);
        assertThat(queries.get("/actuator/metrics/mangaassist.review.sla.breach.rate"))
                .isEqualTo("tag=priority%3AP1");
        Fetched<Double> missing = signals.gauge(Upstream.REVIEWS, "mangaassist.nothing", Map.of(), "t");
        assertThat(missing.ok()).isFalse();
        assertThat(missing.problem()).contains("answered 404").contains("NOT_FOUND");
    }

    @Test
    void aGaugeWithoutADataPointReadsNaNWhichNoAlarmBreaches() {
        bodies.put(
                "/actuator/metrics/mangaassist.routing.escalation.rate",
                "{\"measurements\":[{\"statistic\":\"VALUE\",\"value\":\"NaN\"}]}");

        assertThat(signals.gauge(Upstream.ORCHESTRATOR, "mangaassist.routing.escalation.rate", Map.of(), "t")
                        .get())
                .isNaN();
    }

    @Test
    void aRefusalNamesTheServiceThePathAndTheCodeAndAnUnhealthyServiceStillReportsItsStatus() {
        bodies.put("/api/deliveries/stats", "{\"status\":403,\"code\":\"FORBIDDEN\"}");
        statuses.put("/api/deliveries/stats", 403);
        bodies.put("/actuator/health", "{\"status\":\"DOWN\"}");
        statuses.put("/actuator/health", 503);

        Fetched<Signals.Deliveries> deliveries = signals.deliveries("t");

        assertThat(deliveries.problem()).isEqualTo("deliveries /api/deliveries/stats answered 403 FORBIDDEN");
        assertThat(signals.health(Upstream.DELIVERIES, "t").get()).isEqualTo("DOWN");
    }

    @Test
    void aServiceThatDoesNotAnswerIsUnreachable() {
        Map<Upstream, URI> nowhere = new EnumMap<>(Upstream.class);
        for (Upstream u : Upstream.values()) {
            nowhere.put(u, URI.create("http://127.0.0.1:9"));
        }
        Fetched<Signals.Queue> queue = new HttpSuiteSignals(nowhere, Duration.ofSeconds(1)).queue("t");

        assertThat(queue.problem()).startsWith("reviews /api/reviews/stats: unreachable");
    }
}
