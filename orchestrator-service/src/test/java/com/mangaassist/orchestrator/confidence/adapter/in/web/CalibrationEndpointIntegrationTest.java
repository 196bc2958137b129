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
