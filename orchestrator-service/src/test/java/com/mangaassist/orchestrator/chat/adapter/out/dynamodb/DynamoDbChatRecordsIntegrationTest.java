package com.mangaassist.orchestrator.chat.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.orchestrator.chat.domain.ChatSession;
import com.mangaassist.orchestrator.chat.domain.CustomerConnection;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.chat.domain.Reply;
import java.time.Instant;
import java.util.Map;
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
    void messageIsRecordedOnceAndThenCarriesItsAnswer() {
        String table = Resources.MESSAGES.physicalName(prefix);
        DynamoDbMessages messages = new DynamoDbMessages(dynamoDb, table);
        CustomerTurn turn = new CustomerTurn("m-1", "s-1", "u-1", "conn-1", "c-1", "Berserk?", Language.EN, T0);
        messages.recordReceived(turn);

        assertThatThrownBy(() -> messages.recordReceived(turn)).isInstanceOf(ConditionalCheckFailedException.class);

        messages.recordAnswered("m-1", new Reply("yes", "general", 0.25, "test"), true, T0.plusSeconds(1));
        Map<String, AttributeValue> item = item(table, "message_id", "m-1");
        assertThat(item.get("status").s()).isEqualTo("ANSWERED");
        assertThat(item.get("answer_text").s()).isEqualTo("yes");
        assertThat(item.get("confidence").n()).isEqualTo("0.25");
        assertThat(item.get("client_message_id").s()).isEqualTo("c-1");
    }

    @Test
    void answeringAnUnknownMessageFailsInsteadOfCreatingIt() {
        DynamoDbMessages messages = new DynamoDbMessages(dynamoDb, Resources.MESSAGES.physicalName(prefix));

        assertThatThrownBy(() -> messages.recordAnswered("m-none", new Reply("x", "general", 0, "t"), true, T0))
                .isInstanceOf(ConditionalCheckFailedException.class);
    }

    private static Map<String, AttributeValue> item(String table, String key, String value) {
        return dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of(key, AttributeValue.fromS(value)))
                        .consistentRead(true))
                .item();
    }
}
