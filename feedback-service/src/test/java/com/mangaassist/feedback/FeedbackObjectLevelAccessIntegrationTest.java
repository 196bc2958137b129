package com.mangaassist.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Object-level access to feedback (issue 14, OWASP API1): a customer never rates, corrects or uses in a
 * preference another customer's answer, and never reads another customer's feedback. Each attack comes after
 * the victim's own message (and feedback), gets 404 exactly like an unknown id, and stores nothing.
 */
// its own application context (and resource prefix): the objects it creates stay out of other tests' counts
@TestPropertySource(properties = "mangaassist.test.context=object-level-access")
class FeedbackObjectLevelAccessIntegrationTest extends LocalStackSpringTest {

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @Test
    void aCustomerCannotRateCorrectOrPreferAnotherCustomersAnswer() {
        String victim = customer();
        String session = "s-" + victim;
        String victims = message(victim, session);
        String victimsOther = message(victim, session);
        String mallory = customer();
        String mallorys = message(mallory, "s-" + mallory);

        HttpResponse<String> rate =
                post(mallory, "{\"messageId\":\"" + victims + "\",\"type\":\"BINARY\",\"signal\":\"DOWN\"}");
        HttpResponse<String> correct = post(
                mallory,
                "{\"messageId\":\"" + victims + "\",\"type\":\"CORRECTION\",\"correction\":\"This shop is a scam.\"}");
        HttpResponse<String> preferTheirs = post(mallory, preference(victims, victims, victimsOther));
        HttpResponse<String> mixTheirsWithMine = post(mallory, preference(mallorys, mallorys, victims));

        for (HttpResponse<String> attack : new HttpResponse[] {rate, correct, preferTheirs, mixTheirsWithMine}) {
            assertThat(attack.statusCode()).as(attack.body()).isEqualTo(404);
            assertThat(attack.body()).contains("\"code\":\"MESSAGE_NOT_FOUND\"");
        }
        assertThat(feedbackBy(mallory)).as("nothing stored for the attacker").isZero();
        // the victim's own signal is still free: the attacker took no slot of theirs
        assertThat(post(victim, "{\"messageId\":\"" + victims + "\",\"type\":\"BINARY\",\"signal\":\"UP\"}")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aCustomerCannotReadAnotherCustomersFeedback() {
        String victim = customer();
        String victims = message(victim, "s-" + victim);
        HttpResponse<String> given =
                post(victim, "{\"messageId\":\"" + victims + "\",\"type\":\"BINARY\",\"signal\":\"UP\"}");
        assertThat(given.statusCode()).isEqualTo(201);
        String feedbackId = given.body().replaceAll(".*\"feedbackId\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> read = api().call("GET", "/api/feedback/" + feedbackId, null, customer(), "customer");
        HttpResponse<String> unknown = api().call("GET", "/api/feedback/fb-unknown", null, customer(), "customer");

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).contains("\"code\":\"FEEDBACK_NOT_FOUND\"").doesNotContain(victims);
        assertThat(unknown.body()).isEqualTo(read.body().replace(feedbackId, "fb-unknown"));
        assertThat(api().call("GET", "/api/feedback/" + feedbackId, null, victim, "customer")
                        .statusCode())
                .isEqualTo(200);
    }

    private static String preference(String messageId, String chosen, String rejected) {
        return "{\"messageId\":\"" + messageId + "\",\"type\":\"PREFERENCE\",\"chosenMessageId\":\"" + chosen
                + "\",\"rejectedMessageId\":\"" + rejected + "\"}";
    }

    private HttpResponse<String> post(String user, String body) {
        return api().call("POST", "/api/feedback", body, user, "customer");
    }

    private LocalApi api() {
        return new LocalApi(port);
    }

    private int feedbackBy(String user) {
        return dynamoDb.scan(b -> b.tableName(names.table(Resources.FEEDBACK))
                        .filterExpression("user_id = :u")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(user)))
                        .consistentRead(true))
                .count();
    }

    private String customer() {
        String user = "u-" + UUID.randomUUID();
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.CUSTOMER_PROFILES))
                .item(Map.of(
                        "user_id", AttributeValue.fromS(user),
                        "has_purchase_history", AttributeValue.fromBool(true),
                        "account_created_at",
                                AttributeValue.fromS(SortableTime.format(Instant.parse("2025-01-01T00:00:00Z"))))));
        return user;
    }

    private String message(String user, String session) {
        String id = "m-" + UUID.randomUUID();
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.MESSAGES))
                .item(Map.of(
                        "message_id", AttributeValue.fromS(id),
                        "session_id", AttributeValue.fromS(session),
                        "user_id", AttributeValue.fromS(user),
                        "text", AttributeValue.fromS("Is the newest One Piece volume in stock?"),
                        "answer_text", AttributeValue.fromS("One Piece volume 107 is in stock."),
                        "created_at", AttributeValue.fromS(SortableTime.format(Instant.now())),
                        "prompt_version", AttributeValue.fromS("1"),
                        "topic", AttributeValue.fromS("recommendation"))));
        return id;
    }
}
