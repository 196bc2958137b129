package com.mangaassist.orchestrator.confidence.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.confidence.application.ConfidenceScorer;
import com.mangaassist.orchestrator.confidence.application.ReviewOutcomes;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CalibrationEndpointIntegrationTest extends LocalStackSpringTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ReviewOutcomes outcomes;

    @Autowired
    private ConfidenceScorer scorer;

    @Autowired
    private MeterRegistry meters;

    @Test
    void topicWithEnoughReviewOutcomesIsCalibratedAndReportsItsQuality() throws Exception {
        Instant now = Instant.now();
        for (int i = 0; i < 60; i++) {
            // raw 0.9 is approved unchanged only two times in three
            outcomes.record(TopicCategory.REFUND, "m-" + i, 0.9, i % 3 != 0, now.minusSeconds(i));
        }
        scorer.refresh();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/confidence/calibration"))
                                .header("Authorization", "Bearer " + LocalAws.token("ml-1", "ml-lead"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode topics = JsonMapper.builder().build().readTree(response.body());
        assertThat(topics).hasSize(TopicCategory.values().length);
        JsonNode refund = find(topics, "refund");
        assertThat(refund.get("calibrated").asBoolean()).isTrue();
        assertThat(refund.get("samples").asInt()).isEqualTo(60);
        assertThat(refund.get("brierScore").asDouble()).isBetween(0.2, 0.25);
        JsonNode bins = refund.get("bins");
        assertThat(bins.size()).isEqualTo(10);
        int binned = 0;
        for (JsonNode bin : bins) {
            binned += bin.get("count").asInt();
            if (bin.get("count").asInt() == 0) {
                assertThat(bin.get("observedRate").isNull()).isTrue();
            } else {
                assertThat(bin.get("meanPredicted").asDouble())
                        .isBetween(bin.get("from").asDouble(), bin.get("to").asDouble());
            }
        }
        assertThat(binned).isEqualTo(60);
        assertThat(find(topics, "general").get("calibrated").asBoolean()).isFalse();
        assertThat(scorer.score(TopicCategory.REFUND, features()).calibrated()).isBetween(0.6, 0.7);
        assertThat(meters.get("mangaassist.confidence.calibration.samples")
                        .tag("topic", "refund")
                        .gauge()
                        .value())
                .isEqualTo(60.0);
    }

    @Test
    void aPastWeeksOutcomesAreJudgedAgainstTheCalibrationInForceAndOnlyThoseOfTheWeekCount() throws Exception {
        Instant from = Instant.parse("2026-11-22T15:00:00Z");
        Instant to = Instant.parse("2026-11-29T15:00:00Z");
        for (int i = 0; i < 8; i++) {
            // in the week: raw 0.2, never approved unchanged
            outcomes.record(TopicCategory.LEGAL, "w-" + i, 0.2, false, from.plus(Duration.ofHours(10L * i)));
        }
        outcomes.record(TopicCategory.LEGAL, "before", 0.2, true, from.minusSeconds(1));
        outcomes.record(TopicCategory.LEGAL, "after", 0.2, true, to);

        HttpResponse<String> week = get("/api/confidence/calibration?from=" + from + "&to=" + to, "ml-lead");
        assertThat(week.statusCode()).as(week.body()).isEqualTo(200);
        JsonNode legal = find(JsonMapper.builder().build().readTree(week.body()), "legal");
        assertThat(legal.get("samples").asInt()).isEqualTo(8);
        assertThat(legal.get("brierScore").asDouble()).isGreaterThan(0.0);
        assertThat(find(JsonMapper.builder().build().readTree(week.body()), "general")
                        .get("samples")
                        .asInt())
                .isZero();

        assertThat(get("/api/confidence/calibration?from=" + to + "&to=" + from, "oncall")
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/confidence/calibration?from=" + from, "oncall").statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<String> get(String path, String role) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", "Bearer " + LocalAws.token("u-" + role, role))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void customersCannotReadCalibration() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/confidence/calibration"))
                                .header("Authorization", "Bearer " + LocalAws.token("u-1", "customer"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static com.mangaassist.orchestrator.confidence.domain.ConfidenceFeatures features() {
        return new com.mangaassist.orchestrator.confidence.domain.ConfidenceFeatures(
                1.0, 1.0, 1.0, 1.0, TopicCategory.Risk.LOW, true);
    }

    private static JsonNode find(JsonNode topics, String topic) {
        for (JsonNode node : topics) {
            if (node.get("topic").asString().equals(topic)) {
                return node;
            }
        }
        throw new AssertionError("no topic " + topic + " in " + topics);
    }
}
