package com.mangaassist.orchestrator.answering.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.CanaryCohort;
import com.mangaassist.orchestrator.answering.domain.Prompt;
import com.mangaassist.orchestrator.answering.domain.PromptCanary;
import com.mangaassist.orchestrator.answering.domain.PromptVariant;
import com.mangaassist.orchestrator.answering.domain.PromptVersions;
import com.mangaassist.orchestrator.answering.domain.SessionPrompts;
import com.mangaassist.orchestrator.routing.LocalDynamoDb;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(LocalAwsExtension.class)
class DynamoDbPromptLibraryIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static DynamoDbClient dynamoDb;
    private static String table;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private DynamoDbPromptLibrary library;

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String prefix) {
        dynamoDb = LocalDynamoDb.client(endpoints);
        table = Resources.PROMPTS.physicalName(prefix);
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    @BeforeEach
    void library() {
        library = new DynamoDbPromptLibrary(
                dynamoDb,
                table,
                Map.of("built-in-only", "built-in text", "rolled-back", "x", "canaried", "x", "broken", "x"),
                meters);
    }

    @Test
    void withNothingStoredTheBuiltInTextIsVersionZeroAndNothingIsWritten() {
        PromptVersions versions = library.versions("built-in-only");

        assertThat(versions.active()).isEqualTo(new Prompt("built-in-only", 0, "built-in text"));
        assertThat(versions.active().label()).isEqualTo("built-in-only@v0");
        assertThat(versions.canaries()).isEmpty();
        assertThat(dynamoDb.scan(b -> b.tableName(table)).items())
                .noneMatch(item -> item.get("prompt_id").s().equals("built-in-only"));
    }

    @Test
    void theHighestActiveVersionServesAndARollbackRetiresItSoTheOneBelowServesAgain() {
        put("rolled-back", 1, "ACTIVE", "one");
        put("rolled-back", 2, "ACTIVE", "two");
        put("rolled-back", 3, "RETIRED", "three");
        assertThat(library.versions("rolled-back").active()).isEqualTo(new Prompt("rolled-back", 2, "two"));

        put("rolled-back", 2, "RETIRED", "two");

        assertThat(library.versions("rolled-back").active()).isEqualTo(new Prompt("rolled-back", 1, "one"));
    }

    @Test
    void aCanaryVersionIsReadAndServedToItsCohortOnly() {
        put("canaried", 1, "ACTIVE", "stable");
        Map<String, AttributeValue> canary = item("canaried", 2, "CANARY", "candidate");
        canary.put("percent", AttributeValue.fromN("25"));
        canary.put("until", AttributeValue.fromS(NOW.plusSeconds(3600).toString()));
        canary.put("change_request_id", AttributeValue.fromS("cr-31"));
        dynamoDb.putItem(b -> b.tableName(table).item(canary));

        PromptVersions versions = library.versions("canaried");
        assertThat(versions.canaries())
                .containsExactly(new PromptCanary(2, "candidate", 25, NOW.plusSeconds(3600), "cr-31"));

        SessionPrompts prompts = new SessionPrompts(id -> versions, Clock.fixed(NOW, ZoneOffset.UTC));
        IntStream.range(0, 200).mapToObj(i -> "s-" + i).forEach(session -> {
            Prompt served = prompts.forSession("canaried", session);
            if (CanaryCohort.contains("cr-31", session, 25)) {
                assertThat(served).isEqualTo(new Prompt("canaried", 2, "candidate", PromptVariant.CANARY));
            } else {
                assertThat(served).isEqualTo(new Prompt("canaried", 1, "stable"));
            }
        });
    }

    @Test
    void anUnusableVersionIsIgnoredAndCountedAndTheOthersServe() {
        put("broken", 1, "ACTIVE", "fine");
        Map<String, AttributeValue> noText = item("broken", 2, "ACTIVE", "x");
        noText.remove("text");
        dynamoDb.putItem(b -> b.tableName(table).item(noText));
        put("broken", 3, "PAUSED", "unknown status");

        assertThat(library.versions("broken").active()).isEqualTo(new Prompt("broken", 1, "fine"));
        assertThat(meters.counter(DynamoDbPromptLibrary.CORRUPT_METRIC, "prompt", "broken")
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void aPromptWithNeitherStoredNorBuiltInTextIsAConfigurationError() {
        assertThatThrownBy(() -> library.versions("unknown-prompt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown-prompt");
    }

    private static void put(String promptId, int version, String status, String text) {
        dynamoDb.putItem(b -> b.tableName(table).item(item(promptId, version, status, text)));
    }

    private static Map<String, AttributeValue> item(String promptId, int version, String status, String text) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("prompt_id", AttributeValue.fromS(promptId));
        item.put("version", AttributeValue.fromN(Integer.toString(version)));
        item.put("status", AttributeValue.fromS(status));
        item.put("text", AttributeValue.fromS(text));
        item.put("created_at", AttributeValue.fromS(NOW.toString()));
        item.put("created_by", AttributeValue.fromS("threshold-service"));
        return item;
    }
}
