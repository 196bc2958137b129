package com.mangaassist.threshold.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.TurnStatsAttributes;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/routing/stats} over what an orchestrator would have counted: buckets of every variant summed by
 * hour, turns outside the window left out, the confidence histogram folded into 20 bins, every category present.
 */
@TestPropertySource(properties = "mangaassist.threshold.jobs.enabled=false")
class RoutingStatsIntegrationTest extends LocalStackSpringTest {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @LocalServerPort
    int port;

    @Test
    void escalationPerCategoryAndHourAndTheConfidenceDistribution() {
        Instant thisHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Instant lastHour = thisHour.minus(1, ChronoUnit.HOURS);
        // rare_manga (no other test writes its counters): last hour 8 auto + 2 review (ACTIVE) and 1 handoff (CANARY);
        // this hour 3 auto (OVERRIDE)
        routed("rare_manga", "ACTIVE", lastHour.plusSeconds(10), 8, 2, 0);
        routed("rare_manga", "CANARY", lastHour.plusSeconds(1800), 0, 0, 1);
        routed("rare_manga", "OVERRIDE", thisHour.plusSeconds(5), 3, 0, 0);
        // three days ago: outside a 24-hour window
        routed("rare_manga", "ACTIVE", thisHour.minus(72, ChronoUnit.HOURS), 100, 100, 100);
        histogram("rare_manga", lastHour, Map.of(120, 2L, 849, 3L, 850, 4L, 999, 5L, 1000, 6L));

        HttpResponse<String> response =
                new LocalApi(port).call("GET", "/api/routing/stats?hours=24", null, "oc-1", "oncall");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("hours").asInt()).isEqualTo(24);
        assertThat(body.get("categories").size()).isEqualTo(9);
        JsonNode rareManga = category(body, "rare_manga");
        assertThat(rareManga.get("turns").asLong()).isEqualTo(14);
        assertThat(rareManga.get("autoRespond").asLong()).isEqualTo(11);
        assertThat(rareManga.get("review").asLong()).isEqualTo(2);
        assertThat(rareManga.get("handoff").asLong()).isEqualTo(1);
        assertThat(rareManga.get("escalationRate").asDouble()).isEqualTo(3.0 / 14);
        JsonNode hourly = rareManga.get("hourly");
        assertThat(hourly.size()).isEqualTo(25);
        JsonNode last = hourly.get(23);
        assertThat(Instant.parse(last.get("hour").asString())).isEqualTo(lastHour);
        assertThat(last.get("turns").asLong()).isEqualTo(11);
        assertThat(last.get("escalationRate").asDouble()).isEqualTo(3.0 / 11);
        assertThat(hourly.get(24).get("escalationRate").asDouble()).isZero();
        assertThat(hourly.get(0).get("escalationRate").isNull()).isTrue();

        JsonNode histogram = rareManga.get("histogram");
        assertThat(histogram.get("binWidth").asDouble()).isEqualTo(0.05);
        List<Long> counts =
                histogram.get("counts").valueStream().map(JsonNode::asLong).toList();
        assertThat(counts).hasSize(20);
        assertThat(counts.get(2)).isEqualTo(2); // 0.120
        assertThat(counts.get(16)).isEqualTo(3); // 0.849
        assertThat(counts.get(17)).isEqualTo(4); // 0.850
        assertThat(counts.get(19)).isEqualTo(11); // 0.999 and 1.000
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(20);

        JsonNode refund = category(body, "refund");
        assertThat(refund.get("turns").asLong()).isZero();
        assertThat(refund.get("escalationRate").isNull()).isTrue();
    }

    @Test
    void everyStaffRoleReadsThemAndNoCustomerOrAnonymousCaller() {
        LocalApi api = new LocalApi(port);
        for (String role : List.of("reviewer", "senior-reviewer", "ml-lead", "category-owner", "oncall")) {
            assertThat(api.call("GET", "/api/routing/stats?hours=1", null, "s-1", role)
                            .statusCode())
                    .as(role)
                    .isEqualTo(200);
        }
        assertThat(api.call("GET", "/api/routing/stats", null, "c-1", "customer")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.call("GET", "/api/routing/stats", null, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aWindowOutsideOneHourToAWeekIsABadRequest() {
        for (String hours : List.of("0", "169", "-1", "a-day")) {
            HttpResponse<String> response =
                    new LocalApi(port).call("GET", "/api/routing/stats?hours=" + hours, null, "oc-1", "oncall");
            assertThat(response.statusCode()).as(hours).isEqualTo(400);
            assertThat(response.body()).contains("INVALID_PARAMETER");
        }
    }

    private void routed(String category, String variant, Instant start, long auto, long review, long handoff) {
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.ROUTING_COUNTS))
                .item(Map.of(
                        TurnStatsAttributes.CATEGORY, AttributeValue.fromS(category),
                        TurnStatsAttributes.BUCKET, AttributeValue.fromS(variant + "#" + start),
                        TurnStatsAttributes.AUTO, AttributeValue.fromN(Long.toString(auto)),
                        TurnStatsAttributes.REVIEW, AttributeValue.fromN(Long.toString(review)),
                        TurnStatsAttributes.HANDOFF, AttributeValue.fromN(Long.toString(handoff)))));
    }

    private void histogram(String category, Instant hour, Map<Integer, Long> bins) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TurnStatsAttributes.CATEGORY, AttributeValue.fromS(category));
        item.put(TurnStatsAttributes.HOUR, AttributeValue.fromS(HOUR.format(hour.atOffset(ZoneOffset.UTC))));
        bins.forEach((bin, count) -> item.put(TurnStatsAttributes.bin(bin), AttributeValue.fromN(count.toString())));
        item.put(
                TurnStatsAttributes.TOTAL,
                AttributeValue.fromN(Long.toString(
                        bins.values().stream().mapToLong(Long::longValue).sum())));
        dynamoDb.putItem(
                b -> b.tableName(names.table(Resources.CONFIDENCE_HISTOGRAMS)).item(item));
    }

    private static JsonNode category(JsonNode body, String code) {
        return body.get("categories")
                .valueStream()
                .filter(c -> c.get("category").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
