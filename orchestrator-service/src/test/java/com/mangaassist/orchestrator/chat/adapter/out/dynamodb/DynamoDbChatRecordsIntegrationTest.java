package com.mangaassist.orchestrator.chat.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.ModelUsage;
import com.mangaassist.orchestrator.answering.domain.PromptVariant;
import com.mangaassist.orchestrator.answering.domain.TurnRecord;
import com.mangaassist.orchestrator.chat.domain.ChatSession;
import com.mangaassist.orchestrator.chat.domain.CustomerConnection;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

@ExtendWith(LocalAwsExtension.class)
class DynamoDbChatRecordsIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-28T11:00:00Z");
    private static DynamoDbClient dynamoDb;
    private static String prefix;

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String testPrefix) {
        prefix = testPrefix;
        dynamoDb = DynamoDbClient.builder()
                .endpointOverride(endpoints.dynamoDb())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    @Test
    void aSessionIdIsNeverWrittenTwice() {
        DynamoDbSessions sessions = new DynamoDbSessions(dynamoDb, Resources.SESSIONS.physicalName(prefix));
        ChatSession session = new ChatSession("s-once", "u-1", "conn-1", T0);
        sessions.open(session);

        assertThatThrownBy(() -> sessions.open(session)).isInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    void sessionCountsTurnsAndCloses() {
        String table = Resources.SESSIONS.physicalName(prefix);
        DynamoDbSessions sessions = new DynamoDbSessions(dynamoDb, table);
        sessions.open(new ChatSession("s-life", "u-1", "conn-2", T0));
        sessions.touch("s-life", T0.plusSeconds(5));
        sessions.touch("s-life", T0.plusSeconds(9));
        sessions.close("s-life", T0.plusSeconds(60));

        Map<String, AttributeValue> item = item(table, "session_id", "s-life");
        assertThat(item.get("turn_count").n()).isEqualTo("2");
        assertThat(item.get("status").s()).isEqualTo("CLOSED");
        assertThat(item.get("last_activity_at").s()).isEqualTo(T0.plusSeconds(9).toString());
    }

    @Test
    void connectionIsFoundRightAfterSaveAndGoneAfterRemove() {
        DynamoDbConnections connections = new DynamoDbConnections(dynamoDb, Resources.CONNECTIONS.physicalName(prefix));
        CustomerConnection connection = new CustomerConnection("conn=3", "u-1", "s-3", T0, "127.0.0.1");

        connections.save(connection);
        assertThat(connections.find("conn=3")).contains(connection);

        connections.remove("conn=3");
        assertThat(connections.find("conn=3")).isEmpty();
    }

    @Test
    void messageIsRecordedOnceThenCarriesItsOutcomeAndDelivery() {
        String table = Resources.MESSAGES.physicalName(prefix);
        DynamoDbMessages messages = new DynamoDbMessages(dynamoDb, table);
        CustomerTurn turn = new CustomerTurn("m-1", "s-1", "u-1", "conn-1", "c-1", "Berserk?", Language.EN, T0);
        messages.recordReceived(turn);

        assertThatThrownBy(() -> messages.recordReceived(turn)).isInstanceOf(ConditionalCheckFailedException.class);

        messages.recordOutcome("m-1", record(), T0.plusSeconds(1));
        messages.recordDelivery("m-1", true, T0.plusSeconds(2));
        Map<String, AttributeValue> item = item(table, "message_id", "m-1");
        assertThat(item.get("status").s()).isEqualTo("REVIEW");
        assertThat(item.get("priority").s()).isEqualTo("P1");
        assertThat(item.get("topic").s()).isEqualTo("refund");
        assertThat(item.get("answer_text").s()).isEqualTo("draft");
        assertThat(Double.parseDouble(item.get("confidence").n())).isEqualTo(0.42);
        assertThat(Double.parseDouble(item.get("features").m().get("grounding").n()))
                .isEqualTo(1.0);
        assertThat(item.get("cited_product_ids").l())
                .extracting(AttributeValue::s)
                .containsExactly("p-1");
        assertThat(item.get("model").s()).isEqualTo("local-grounded-v1");
        assertThat(item.get("prompt_version").s()).isEqualTo("answering-system@v1");
        assertThat(item.get("prompt_variant").s()).isEqualTo("CANARY");
        assertThat(item.get("threshold_version").n()).isEqualTo("3");
        assertThat(item.get("threshold_variant").s()).isEqualTo("OVERRIDE");
        assertThat(item.get("threshold_override").s()).isEqualTo("backpressure-7");
        assertThat(item.get("delivered").bool()).isTrue();
        assertThat(item.get("client_message_id").s()).isEqualTo("c-1");
    }

    @Test
    void recordingTheOutcomeOfAnUnknownMessageFailsInsteadOfCreatingIt() {
        DynamoDbMessages messages = new DynamoDbMessages(dynamoDb, Resources.MESSAGES.physicalName(prefix));

        assertThatThrownBy(() -> messages.recordOutcome("m-none", record(), T0))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThatThrownBy(() -> messages.recordDelivery("m-none", true, T0))
                .isInstanceOf(ConditionalCheckFailedException.class);
    }

    private static TurnRecord record() {
        return new TurnRecord(
                TopicCategory.REFUND,
                0.9,
                Optional.empty(),
                0.5,
                0.42,
                Map.of("grounding", 1.0),
                RouteDecision.REVIEW,
                Optional.of(Priority.P1),
                "financial topic",
                "draft",
                List.of("p-1"),
                "ANSWERED",
                new ModelUsage("local-grounded-v1", 10, 20, 0.0, 3),
                1,
                "answering-system@v1",
                PromptVariant.CANARY,
                3,
                ThresholdVariant.OVERRIDE,
                Optional.of("backpressure-7"));
    }

    private static Map<String, AttributeValue> item(String table, String key, String value) {
        return dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of(key, AttributeValue.fromS(value)))
                        .consistentRead(true))
                .item();
    }
}
