package com.mangaassist.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.CanaryCohort;
import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.CatalogSearch;
import com.mangaassist.orchestrator.answering.domain.FoundationModel;
import com.mangaassist.orchestrator.answering.domain.ModelAnswer;
import com.mangaassist.orchestrator.answering.domain.ModelOutcome;
import com.mangaassist.orchestrator.answering.domain.ModelUsage;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.chat.domain.Messages;
import com.mangaassist.orchestrator.chat.domain.Responder;
import com.mangaassist.orchestrator.routing.ThresholdItem;
import com.mangaassist.orchestrator.turnstats.application.FlushTurnStats;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whole turns through the running service (catalog and model stubbed, everything else real) against
 * thresholds items written in the governed layout with the plain SDK: what is routed with which variant,
 * what the message records, and that the flushed turn statistics match the turns.
 *
 * <p>Every topic's item has an active version 3 that auto-responds only at 1.0, a canary version 4 of
 * 50 % (salt {@value #CHANGE_REQUEST}) and an override that auto-responds everything, in force for an
 * hour.
 */
class GovernedRoutingIntegrationTest extends LocalStackSpringTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:05Z");
    private static final String CHANGE_REQUEST = "cr-it";
    private static final ThresholdSet ONLY_CERTAIN = new ThresholdSet(1.0, 0.0, 0.0);
    private static final ThresholdSet EVERYTHING = new ThresholdSet(0.0, 0.0, 0.0);
    private static final String AVAILABILITY = "Do you have One Piece volume 3 in stock?";
    private static final String REFUND = "I want a refund for my order 4821, please";

    @Autowired
    private Responder responder;

    @Autowired
    private Messages messages;

    @Autowired
    private FlushTurnStats flush;

    @Autowired
    private DynamoDbClient dynamoDb;

    @Autowired
    private ResourceNaming names;

    @BeforeEach
    void storeTheGovernedThresholds() {
        for (TopicCategory topic : TopicCategory.values()) {
            dynamoDb.putItem(b -> b.tableName(names.table(Resources.THRESHOLDS))
                    .item(ThresholdItem.active(topic, 3, ONLY_CERTAIN)
                            .canary(4, EVERYTHING, 50, NOW.plus(Duration.ofDays(1)), CHANGE_REQUEST)
                            .override("relax-all", "EMERGENCY", EVERYTHING, NOW.plus(Duration.ofHours(1)))
                            .build()));
        }
    }

    @Test
    void anUnprotectedTopicIsRoutedWithTheOverrideAndTheMessageRecordsIt() {
        Map<String, AttributeValue> item = answer(inCohort(true), AVAILABILITY);

        assertThat(TopicCategory.fromCode(item.get("topic").s()).orElseThrow().protectedFromOverrides())
                .isFalse();
        assertThat(item.get("decision").s()).isEqualTo("AUTO_RESPOND");
        assertThat(item.get("threshold_variant").s()).isEqualTo("OVERRIDE");
        assertThat(item.get("threshold_override").s()).isEqualTo("relax-all");
        assertThat(item.get("threshold_version").n()).isEqualTo("3");
        assertThat(item.get("prompt_version").s()).isEqualTo("answering-system@v0");
        assertThat(item.get("prompt_variant").s()).isEqualTo("ACTIVE");
    }

    @Test
    void aProtectedTopicIgnoresTheOverrideAndFollowsTheCanaryCohort() {
        Map<String, AttributeValue> inCanary = answer(inCohort(true), REFUND);
        Map<String, AttributeValue> outOfCanary = answer(inCohort(false), REFUND);

        assertThat(inCanary.get("topic").s()).isEqualTo("refund");
        assertThat(inCanary.get("threshold_variant").s()).isEqualTo("CANARY");
        assertThat(inCanary.get("threshold_version").n()).isEqualTo("4");
        assertThat(inCanary.get("decision").s()).isEqualTo("AUTO_RESPOND");
        assertThat(inCanary).doesNotContainKey("threshold_override");

        assertThat(outOfCanary.get("threshold_variant").s()).isEqualTo("ACTIVE");
        assertThat(outOfCanary.get("threshold_version").n()).isEqualTo("3");
        assertThat(outOfCanary.get("decision").s()).isEqualTo("REVIEW");
        assertThat(outOfCanary.get("decision_reason").s()).contains("thresholds v3");
    }

    @Test
    void aTurnWithoutModelIsAHandoffUnderTheVariantInForce() {
        Map<String, AttributeValue> item = answer(inCohort(false), AVAILABILITY + " " + StubModel.DOWN);

        assertThat(item.get("decision").s()).isEqualTo("HANDOFF");
        assertThat(item.get("model_outcome").s()).isEqualTo("UNAVAILABLE");
        assertThat(item.get("threshold_variant").s()).isEqualTo("OVERRIDE");
    }

    @Test
    void theFlushedTurnStatisticsMatchTheTurnsRecorded() {
        answer(inCohort(true), AVAILABILITY);
        answer(inCohort(false), REFUND);
        answer(inCohort(true), REFUND);
        answer(inCohort(false), AVAILABILITY + " " + StubModel.DOWN);

        flush.flush();

        Map<String, Map<String, Long>> expectedHistograms = new TreeMap<>();
        Map<String, Map<String, Long>> expectedCounts = new TreeMap<>();
        for (Map<String, AttributeValue> message :
                dynamoDb.scan(b -> b.tableName(names.table(Resources.MESSAGES))).items()) {
            String topic = message.get("topic").s();
            String decision = switch (message.get("decision").s()) {
                case "AUTO_RESPOND" -> "auto";
                case "REVIEW" -> "review";
                default -> "handoff";
            };
            expectedCounts
                    .computeIfAbsent(
                            topic + " " + message.get("threshold_variant").s(), key -> new TreeMap<>())
                    .merge(decision, 1L, Long::sum);
            if (!message.get("model_outcome").s().equals("UNAVAILABLE")) {
                int bin = ConfidenceBins.of(
                        Double.parseDouble(message.get("confidence").n()));
                Map<String, Long> histogram = expectedHistograms.computeIfAbsent(topic, key -> new TreeMap<>());
                histogram.merge(String.format("b%04d", bin), 1L, Long::sum);
                histogram.merge("total", 1L, Long::sum);
            }
        }
        assertThat(expectedCounts).isNotEmpty();
        assertThat(expectedHistograms).isNotEmpty();

        expectedHistograms.forEach((topic, histogram) -> assertThat(
                        numbers(stored(Resources.CONFIDENCE_HISTOGRAMS, topic, "hour", "2026-12-04T10")))
                .as("histogram of %s", topic)
                .isEqualTo(histogram));
        expectedCounts.forEach((topicAndVariant, counts) -> {
            String[] key = topicAndVariant.split(" ");
            Map<String, Long> stored =
                    numbers(stored(Resources.ROUTING_COUNTS, key[0], "bucket", key[1] + "#2026-12-04T10:00:00Z"));
            stored.values().removeIf(count -> count == 0);
            assertThat(stored).as("routing counts of %s", topicAndVariant).isEqualTo(counts);
        });
    }

    private Map<String, AttributeValue> answer(String sessionId, String text) {
        CustomerTurn turn = new CustomerTurn(
                UUID.randomUUID().toString(), sessionId, "u-it", "conn-it", "c-it", text, Language.EN, NOW);
        messages.recordReceived(turn);
        responder.respond(turn);
        return dynamoDb.getItem(b -> b.tableName(names.table(Resources.MESSAGES))
                        .key(Map.of("message_id", AttributeValue.fromS(turn.messageId())))
                        .consistentRead(true))
                .item();
    }

    private Map<String, AttributeValue> stored(
            com.mangaassist.model.resources.TableDefinition table, String category, String sortKey, String sort) {
        return dynamoDb.getItem(b -> b.tableName(names.table(table))
                        .key(Map.of("category", AttributeValue.fromS(category), sortKey, AttributeValue.fromS(sort)))
                        .consistentRead(true))
                .item();
    }

    /** The number attributes of an item, without its expiry. */
    private static Map<String, Long> numbers(Map<String, AttributeValue> item) {
        Map<String, Long> numbers = new HashMap<>();
        item.forEach((name, value) -> {
            if (value.n() != null && !name.equals("expires_at")) {
                numbers.put(name, Long.parseLong(value.n()));
            }
        });
        return new TreeMap<>(numbers);
    }

    /** A session id in (or out of) the canary's cohort. */
    private static String inCohort(boolean in) {
        return IntStream.range(0, 1000)
                .mapToObj(i -> "session-" + i + "-" + UUID.randomUUID())
                .filter(session -> CanaryCohort.contains(CHANGE_REQUEST, session, 50) == in)
                .findFirst()
                .orElseThrow();
    }

    /** Answers everything with confidence, seeing a refund when asked about one; down when told so. */
    static final class StubModel implements FoundationModel {

        static final String DOWN = "[model down]";

        @Override
        public ModelOutcome answer(com.mangaassist.orchestrator.answering.domain.ModelRequest request) {
            ModelUsage usage = new ModelUsage("stub", 10, 10, 0.0, 1);
            if (request.question().contains(DOWN)) {
                return new ModelOutcome.Unavailable("stubbed outage", usage);
            }
            Optional<TopicCategory> topic =
                    request.question().contains("refund") ? Optional.of(TopicCategory.REFUND) : Optional.empty();
            return new ModelOutcome.Answered(
                    new ModelAnswer("A staff member will help.", List.of(), 0.9, topic), usage);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Stubs {

        @Bean
        @Primary
        MutableClock drivenClock() {
            return new MutableClock(NOW);
        }

        @Bean
        @Primary
        FoundationModel stubModel() {
            return new StubModel();
        }

        @Bean
        @Primary
        CatalogSearch emptyCatalog() {
            return new CatalogSearch() {
                @Override
                public List<RetrievedProduct> search(String question, Language language, int limit) {
                    return List.of();
                }

                @Override
                public Optional<Product> byId(String productId) {
                    return Optional.empty();
                }
            };
        }
    }
}
