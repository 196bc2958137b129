package com.mangaassist.threshold.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.TableDefinition;
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
// a context (and so a table prefix) of its own: the counts it adds never reach other tests' simulations
@TestPropertySource(
        properties = {"mangaassist.threshold.jobs.enabled=false", "spring.application.name=routing-stats-test"})
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
        // other tests of this application context count turns too: everything below is a difference
        JsonNode before = category(stats(), "general");
        // general: last hour 8 auto + 2 review (ACTIVE) and 1 handoff (CANARY); this hour 3 auto (OVERRIDE)
        routed("general", "ACTIVE", lastHour.plusSeconds(10), 8, 2, 0);
        routed("general", "CANARY", lastHour.plusSeconds(1800), 0, 0, 1);
        routed("general", "OVERRIDE", thisHour.plusSeconds(5), 3, 0, 0);
        // three days ago: outside a 24-hour window
        routed("general", "ACTIVE", thisHour.minus(72, ChronoUnit.HOURS), 100, 100, 100);
        histogram("general", lastHour.minus(2, ChronoUnit.HOURS), Map.of(120, 2L, 849, 3L, 850, 4L, 999, 5L, 1000, 6L));

        JsonNode body = stats();

        assertThat(body.get("hours").asInt()).isEqualTo(24);
        assertThat(body.get("categories").size()).isEqualTo(9);
        JsonNode general = category(body, "general");
        assertThat(delta(before, general, "turns")).isEqualTo(14);
        assertThat(delta(before, general, "autoRespond")).isEqualTo(11);
        assertThat(delta(before, general, "review")).isEqualTo(2);
        assertThat(delta(before, general, "handoff")).isEqualTo(1);
        assertThat(general.get("escalationRate").asDouble())
                .isEqualTo((double) (general.get("review").asLong()
                                + general.get("handoff").asLong())
                        / general.get("turns").asLong());
        JsonNode hourly = general.get("hourly");
        assertThat(hourly.size()).isEqualTo(25);
        JsonNode last = hourly.get(23);
        assertThat(Instant.parse(last.get("hour").asString())).isEqualTo(lastHour);
        assertThat(last.get("turns").asLong()
                        - before.get("hourly").get(23).get("turns").asLong())
                .isEqualTo(11);
        assertThat(hourly.get(24).get("turns").asLong()
                        - before.get("hourly").get(24).get("turns").asLong())
                .isEqualTo(3);

        List<Long> counts = counts(general);
        List<Long> countsBefore = counts(before);
        assertThat(general.get("histogram").get("binWidth").asDouble()).isEqualTo(0.05);
        assertThat(counts).hasSize(20);
        assertThat(counts.get(2) - countsBefore.get(2)).isEqualTo(2); // 0.120
        assertThat(counts.get(16) - countsBefore.get(16)).isEqualTo(3); // 0.849
        assertThat(counts.get(17) - countsBefore.get(17)).isEqualTo(4); // 0.850
        assertThat(counts.get(19) - countsBefore.get(19)).isEqualTo(11); // 0.999 and 1.000

        for (JsonNode category : body.get("categories")) {
            assertThat(category.get("escalationRate").isNull())
                    .as(category.get("category").asString())
                    .isEqualTo(category.get("turns").asLong() == 0);
        }
    }

    private JsonNode stats() {
        HttpResponse<String> response =
                new LocalApi(port).call("GET", "/api/routing/stats?hours=24", null, "oc-1", "oncall");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.get(field).asLong() - before.get(field).asLong();
    }

    private static List<Long> counts(JsonNode category) {
        return category.get("histogram")
                .get("counts")
                .valueStream()
                .map(JsonNode::asLong)
                .toList();
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

    /** Adds to a bucket as the orchestrators do (ADD only): other tests' counts stay. */
    private void routed(String category, String variant, Instant start, long auto, long review, long handoff) {
        add(
                Resources.ROUTING_COUNTS,
                Map.of(
                        TurnStatsAttributes.CATEGORY, AttributeValue.fromS(category),
                        TurnStatsAttributes.BUCKET, AttributeValue.fromS(variant + "#" + start)),
                Map.of(
                        TurnStatsAttributes.AUTO,
                        auto,
                        TurnStatsAttributes.REVIEW,
                        review,
                        TurnStatsAttributes.HANDOFF,
                        handoff));
    }

    private void histogram(String category, Instant hour, Map<Integer, Long> bins) {
        Map<String, Long> counts = new HashMap<>();
        bins.forEach((bin, count) -> counts.put(TurnStatsAttributes.bin(bin), count));
        counts.put(
                TurnStatsAttributes.TOTAL,
                bins.values().stream().mapToLong(Long::longValue).sum());
        add(
                Resources.CONFIDENCE_HISTOGRAMS,
                Map.of(
                        TurnStatsAttributes.CATEGORY, AttributeValue.fromS(category),
                        TurnStatsAttributes.HOUR, AttributeValue.fromS(HOUR.format(hour.atOffset(ZoneOffset.UTC)))),
                counts);
    }

    private void add(TableDefinition table, Map<String, AttributeValue> key, Map<String, Long> counts) {
        Map<String, String> attributeNames = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder expression = new StringBuilder("ADD ");
        int i = 0;
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            expression
                    .append(i == 0 ? "" : ", ")
                    .append("#a")
                    .append(i)
                    .append(" :v")
                    .append(i);
            attributeNames.put("#a" + i, count.getKey());
            values.put(":v" + i, AttributeValue.fromN(count.getValue().toString()));
            i++;
        }
        dynamoDb.updateItem(b -> b.tableName(names.table(table))
                .key(key)
                .updateExpression(expression.toString())
                .expressionAttributeNames(attributeNames)
                .expressionAttributeValues(values));
    }

    private static JsonNode category(JsonNode body, String code) {
        return body.get("categories")
                .valueStream()
                .filter(c -> c.get("category").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
