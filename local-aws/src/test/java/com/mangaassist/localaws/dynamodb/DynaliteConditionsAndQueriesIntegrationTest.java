package com.mangaassist.localaws.dynamodb;

import static com.mangaassist.localaws.StandInTesting.randomPrefix;
import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.resources.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The DynamoDB behaviour the services rely on, through the unmodified SDK client against dynalite. */
class DynaliteConditionsAndQueriesIntegrationTest {

    private static final String PREFIX = randomPrefix();
    private static final DynaliteStandIn dynalite = new DynaliteStandIn(LocalDynamoDb.NODE_DIRECTORY);
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void startDynaliteAndProvision() {
        dynalite.start();
        dynamoDb = sdkClient(DynamoDbClient.builder(), dynalite.endpoint());
        new TableProvisioner(dynamoDb, PREFIX)
                .provision(List.of(Resources.MESSAGES, Resources.THRESHOLDS, Resources.DELIVERY_PROMISES));
    }

    @AfterAll
    static void stopDynalite() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        dynalite.close();
    }

    @Test
    void aSecondPutOfTheSameMessageIsRejectedByAttributeNotExists() {
        String table = Resources.MESSAGES.physicalName(PREFIX);
        Map<String, AttributeValue> message =
                Map.of("message_id", s("m-1"), "session_id", s("s-1"), "created_at", s("2026-01-01T00:00:00Z"));

        dynamoDb.putItem(request ->
                request.tableName(table).item(message).conditionExpression("attribute_not_exists(message_id)"));

        assertThatThrownBy(() -> dynamoDb.putItem(request ->
                        request.tableName(table).item(message).conditionExpression("attribute_not_exists(message_id)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    void anUpdateConditionedOnTheVersionItReadSucceedsOnceAndAStaleOneIsRejected() {
        String table = Resources.THRESHOLDS.physicalName(PREFIX);
        dynamoDb.putItem(request -> request.tableName(table)
                .item(Map.of("category", s("shipping"), "version", n(1), "threshold", n("0.70"))));

        dynamoDb.updateItem(request -> versionedUpdate(request, table, 1, "0.75"));

        assertThatThrownBy(() -> dynamoDb.updateItem(request -> versionedUpdate(request, table, 1, "0.80")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        Map<String, AttributeValue> stored = dynamoDb.getItem(request -> request.tableName(table)
                        .key(Map.of("category", s("shipping")))
                        .consistentRead(true))
                .item();
        assertThat(stored.get("version").n()).isEqualTo("2");
        assertThat(stored.get("threshold").n()).isEqualTo("0.75");
    }

    @Test
    void theWatchdogQueryFindsDuePromisesOfTheStatusAndNothingElse() {
        String table = Resources.DELIVERY_PROMISES.physicalName(PREFIX);
        putPromise(table, "due-pending", "PENDING", "2026-03-01T10:00:00Z");
        putPromise(table, "due-now-pending", "PENDING", "2026-03-01T12:00:00Z");
        putPromise(table, "later-pending", "PENDING", "2026-03-01T12:00:01Z");
        putPromise(table, "due-delivered", "DELIVERED", "2026-03-01T09:00:00Z");

        List<String> due = dynamoDb
                .query(request -> request.tableName(table)
                        .indexName("by-status-due")
                        .keyConditionExpression("#status = :s AND due_at <= :now")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":s", s("PENDING"), ":now", s("2026-03-01T12:00:00Z"))))
                .items()
                .stream()
                .map(item -> item.get("message_id").s())
                .toList();

        assertThat(due).containsExactly("due-pending", "due-now-pending");
    }

    private static void versionedUpdate(
            UpdateItemRequest.Builder request, String table, long expectedVersion, String threshold) {
        request.tableName(table)
                .key(Map.of("category", s("shipping")))
                .updateExpression("SET #version = :next, threshold = :threshold")
                .conditionExpression("#version = :expected")
                .expressionAttributeNames(Map.of("#version", "version"))
                .expressionAttributeValues(Map.of(
                        ":expected", n(expectedVersion), ":next", n(expectedVersion + 1), ":threshold", n(threshold)));
    }

    private static void putPromise(String table, String messageId, String status, String dueAt) {
        dynamoDb.putItem(request -> request.tableName(table)
                .item(Map.of("message_id", s(messageId), "status", s(status), "due_at", s(dueAt))));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
