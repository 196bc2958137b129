package com.mangaassist.threshold.changerequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdAttributes;
import com.mangaassist.model.routing.TurnStatsAttributes;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Change control over HTTP with real tokens against the local stack: seeded defaults, a simulation from
 * stored histograms, a proposal, the approval rules (proposer, owner of another category, owner of the
 * category), the canary in the item the orchestrators read and its announcement on Redis, an emergency
 * relaxation runbook, and the trail that tells it.
 */
@TestPropertySource(properties = "mangaassist.threshold.jobs.enabled=false")
class ChangeControlApiIntegrationTest extends LocalStackSpringTest {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @Autowired
    RedisConnectionFactory redis;

    @Test
    void aThresholdChangeGoesFromProposalToCanaryUnderItsRulesAndTheTrailTellsIt() throws Exception {
        HttpResponse<String> all = call("GET", "/api/thresholds", null, "rev-1", "reviewer");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode general = category(json.readTree(all.body()), "general");
        assertThat(general.get("active").get("version").asLong()).isEqualTo(1);
        assertThat(general.get("active").get("thresholds").get("autoRespondMin").asDouble())
                .isEqualTo(0.80);
        assertThat(call("GET", "/api/thresholds", null, "cust-1", "customer").statusCode())
                .isEqualTo(403);

        seedHistograms();
        HttpResponse<String> simulated = call(
                "POST",
                "/api/simulations/thresholds",
                "{\"changes\":{\"general\":{\"autoRespondMin\":0.95}},\"lookbackHours\":24}",
                "rev-1",
                "reviewer");
        assertThat(simulated.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(simulated.body());
        assertThat(report.get("turns").asLong()).isEqualTo(24 * 1000);
        assertThat(report.get("before").toString())
                .isNotEqualTo(report.get("after").toString());

        List<String> heard = new CopyOnWriteArrayList<>();
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(
                (message, pattern) -> heard.add(new String(message.getBody(), StandardCharsets.UTF_8)),
                new ChannelTopic("mangaassist:thresholds:changed"));
        container.afterPropertiesSet();
        container.start();
        try {
            HttpResponse<String> proposed = call(
                    "POST",
                    "/api/change-requests",
                    "{\"kind\":\"THRESHOLDS\",\"changes\":{\"general\":{\"autoRespondMin\":0.9}},"
                            + "\"reason\":\"fewer wrong answers\",\"canaryPercent\":20}",
                    "eng-1",
                    "reviewer");
            assertThat(proposed.statusCode()).isEqualTo(201);
            JsonNode request = json.readTree(proposed.body());
            String id = request.get("changeRequestId").asString();
            assertThat(request.get("state").asString()).isEqualTo("PROPOSED");
            assertThat(request.get("simulation").get("turns").asLong()).isEqualTo(168 * 0 + 24 * 1000);

            String approve = "/api/change-requests/" + id + "/approve";
            assertThat(call("POST", approve, "{}", "eng-1", "ml-lead").statusCode())
                    .isEqualTo(403);
            HttpResponse<String> stranger = call("POST", approve, "{}", "owner-rare", "category-owner");
            assertThat(stranger.statusCode()).isEqualTo(403);
            assertThat(stranger.body()).contains("NOT_CATEGORY_OWNER");
            assertThat(call("POST", approve, "{}", "rev-2", "reviewer").statusCode())
                    .isEqualTo(403);
            HttpResponse<String> approved =
                    call("POST", approve, "{\"note\":\"ok\"}", "owner-catalog", "category-owner");
            assertThat(approved.statusCode()).isEqualTo(200);
            assertThat(json.readTree(approved.body()).get("state").asString()).isEqualTo("CANARY");

            Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(names.table(Resources.THRESHOLDS))
                            .key(Map.of(ThresholdAttributes.CATEGORY, AttributeValue.fromS("general")))
                            .consistentRead(true))
                    .item();
            Map<String, AttributeValue> canary =
                    item.get(ThresholdAttributes.CANARY).m();
            assertThat(Double.parseDouble(
                            canary.get(ThresholdAttributes.AUTO_RESPOND_MIN).n()))
                    .isEqualTo(0.9);
            assertThat(Double.parseDouble(
                            canary.get(ThresholdAttributes.PERCENT).n()))
                    .isEqualTo(20.0);
            assertThat(canary.get(ThresholdAttributes.CHANGE_REQUEST_ID).s()).isEqualTo(id);
            assertThat(item.get(ThresholdAttributes.VERSION).n()).isEqualTo("1");
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("general"));
        } finally {
            container.stop();
            container.destroy();
        }

        String relax = "{\"reason\":\"reviewers gone at peak\",\"autoRespondMin\":0.7,\"durationMinutes\":60%s}";
        assertThat(call(
                                "POST",
                                "/api/runbook/thresholds/emergency-relaxation",
                                relax.formatted(""),
                                "rev-1",
                                "reviewer")
                        .statusCode())
                .isEqualTo(403);
        JsonNode dry = json.readTree(
                call("POST", "/api/runbook/thresholds/emergency-relaxation", relax.formatted(""), "oc-1", "oncall")
                        .body());
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("matched").asInt()).isEqualTo(6);
        assertThat(dry.get("changed").asInt()).isZero();
        HttpResponse<String> refund = call(
                "POST",
                "/api/runbook/thresholds/emergency-relaxation",
                relax.formatted(",\"dryRun\":false,\"categories\":[\"refund\"]"),
                "oc-1",
                "oncall");
        assertThat(refund.statusCode()).isEqualTo(400);
        JsonNode real = json.readTree(call(
                        "POST",
                        "/api/runbook/thresholds/emergency-relaxation",
                        relax.formatted(",\"dryRun\":false"),
                        "oc-1",
                        "oncall")
                .body());
        assertThat(real.get("changed").asInt()).isEqualTo(6);
        JsonNode after = json.readTree(
                call("GET", "/api/thresholds", null, "oc-1", "oncall").body());
        assertThat(category(after, "general")
                        .get("effective")
                        .get("autoRespondMin")
                        .asDouble())
                .isEqualTo(0.7);
        assertThat(category(after, "refund").get("overrides")).isEmpty();

        JsonNode trail = json.readTree(call("GET", "/api/audit?category=general", null, "ml-1", "ml-lead")
                .body());
        List<String> actions =
                trail.valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions)
                .contains(
                        "change-request:proposed",
                        "change-request:approve:refused",
                        "change-request:approved",
                        "canary:started",
                        "override:emergency");
        HttpResponse<String> pair = call(
                "POST",
                "/api/change-requests",
                "{\"kind\":\"THRESHOLDS\",\"changes\":{\"availability\":{\"autoRespondMin\":0.9},"
                        + "\"order_status\":{\"reviewMin\":0.6}},\"reason\":\"two at once\"}",
                "eng-2",
                "oncall");
        assertThat(pair.statusCode()).isEqualTo(201);
        JsonNode orderStatus = json.readTree(call("GET", "/api/audit?category=order_status", null, "ml-1", "ml-lead")
                .body());
        assertThat(orderStatus.valueStream().map(e -> e.get("category").asString()))
                .contains("availability,order_status");
        JsonNode refusals =
                json.readTree(call("GET", "/api/audit", null, "ml-1", "ml-lead").body());
        assertThat(refusals.valueStream()
                        .map(e -> e.get("action").asString() + " "
                                + e.get("actor").asString()))
                .contains("access:refused cust-1", "access:refused rev-1");
    }

    private void seedHistograms() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (int h = 1; h <= 24; h++) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(TurnStatsAttributes.CATEGORY, AttributeValue.fromS("general"));
            item.put(
                    TurnStatsAttributes.HOUR,
                    AttributeValue.fromS(
                            HOUR.format(hour.minus(Duration.ofHours(h)).atOffset(ZoneOffset.UTC))));
            item.put(TurnStatsAttributes.bin(500), AttributeValue.fromN("100"));
            item.put(TurnStatsAttributes.bin(850), AttributeValue.fromN("300"));
            item.put(TurnStatsAttributes.bin(970), AttributeValue.fromN("600"));
            item.put(TurnStatsAttributes.TOTAL, AttributeValue.fromN("1000"));
            dynamoDb.putItem(b ->
                    b.tableName(names.table(Resources.CONFIDENCE_HISTOGRAMS)).item(item));
        }
    }

    private static JsonNode category(JsonNode all, String code) {
        return all.valueStream()
                .filter(c -> c.get("category").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> call(String method, String path, String body, String user, String... roles) {
        return new LocalApi(port).call(method, path, body, user, roles);
    }
}
