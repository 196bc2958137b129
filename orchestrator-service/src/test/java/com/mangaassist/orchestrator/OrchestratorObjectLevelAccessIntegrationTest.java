package com.mangaassist.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Object-level access to chat connections and sessions (issue 14, OWASP API1): a customer never connects on,
 * sends on or closes another customer's connection. Before the fix, a connect with another customer's connection
 * id rebound it to the caller: the victim's answers and the caller's inbox went to the wrong person. Each attack
 * comes after the victim's connect, and checks the status and that the connection and session are unchanged.
 */
// its own application context (and resource prefix): the objects it creates stay out of other tests' counts
@TestPropertySource(properties = "mangaassist.test.context=object-level-access")
class OrchestratorObjectLevelAccessIntegrationTest extends LocalStackSpringTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @Test
    void aCustomerCannotTakeOverSendOnOrCloseAnotherCustomersConnection() throws Exception {
        assertThat(call("connect", "conn-bola-victim", "u-victim", "").statusCode())
                .isEqualTo(200);
        Map<String, AttributeValue> before = connection("conn-bola-victim");
        String session = before.get("session_id").s();

        HttpResponse<String> takeOver = call("connect", "conn-bola-victim", "u-mallory", "");
        HttpResponse<String> message =
                call("message", "conn-bola-victim", "u-mallory", "{\"action\":\"sendMessage\",\"text\":\"my order?\"}");
        HttpResponse<String> close = call("disconnect", "conn-bola-victim", "u-mallory", "");

        assertThat(takeOver.statusCode()).isEqualTo(404);
        assertThat(takeOver.body()).contains("\"code\":\"UNKNOWN_CONNECTION\"");
        assertThat(message.statusCode()).isEqualTo(404);
        assertThat(message.body()).contains("\"code\":\"UNKNOWN_CONNECTION\"");
        assertThat(close.statusCode()).as("a foreign disconnect is ignored").isEqualTo(200);
        assertThat(connection("conn-bola-victim"))
                .as("still the victim's, same session")
                .isEqualTo(before);
        assertThat(session(session)).doesNotContainKey("closed_at");
        assertThat(messagesOf(session)).isZero();

        // the owner still can: the refusals were about who asked
        assertThat(call("disconnect", "conn-bola-victim", "u-victim", "").statusCode())
                .isEqualTo(200);
        assertThat(connection("conn-bola-victim")).isEmpty();
        assertThat(session(session)).containsKey("closed_at");
    }

    private HttpResponse<String> call(String route, String connectionId, String user, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/internal/ws/" + route))
                        .header("Authorization", "Bearer " + LocalAws.token(user, "customer"))
                        .header("X-Connection-Id", connectionId)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, AttributeValue> connection(String id) {
        return dynamoDb.getItem(b -> b.tableName(names.table(Resources.CONNECTIONS))
                        .key(Map.of("connection_id", AttributeValue.fromS(id)))
                        .consistentRead(true))
                .item();
    }

    private Map<String, AttributeValue> session(String id) {
        return dynamoDb.getItem(b -> b.tableName(names.table(Resources.SESSIONS))
                        .key(Map.of("session_id", AttributeValue.fromS(id)))
                        .consistentRead(true))
                .item();
    }

    private int messagesOf(String session) {
        return dynamoDb.scan(b -> b.tableName(names.table(Resources.MESSAGES))
                        .filterExpression("session_id = :s")
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(session)))
                        .consistentRead(true))
                .count();
    }
}
