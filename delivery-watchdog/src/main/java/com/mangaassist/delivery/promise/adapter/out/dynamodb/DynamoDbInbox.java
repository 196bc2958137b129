package com.mangaassist.delivery.promise.adapter.out.dynamodb;

import com.mangaassist.delivery.promise.domain.Inbox;
import com.mangaassist.model.chat.ServerMessage;
import com.mangaassist.model.resources.SortableTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code inbox} table: partition {@code user_id}, sort {@code item_key} = the promise's time and the
 * message id, so a user's items read oldest first and storing the same message again replaces it.
 * {@code message} holds the server message's JSON as it will be posted.
 */
public final class DynamoDbInbox implements Inbox {

    static final String USER_ID = "user_id";
    static final String ITEM_KEY = "item_key";
    static final String MESSAGE_ID = "message_id";
    static final String MESSAGE = "message";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final JsonMapper json;

    public DynamoDbInbox(DynamoDbClient dynamoDb, String table, JsonMapper json) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.json = json;
    }

    @Override
    public void put(String userId, String messageId, Instant promisedAt, ServerMessage message) {
        String body = json.writerFor(ServerMessage.class).writeValueAsString(message);
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        USER_ID, AttributeValue.fromS(userId),
                        ITEM_KEY, AttributeValue.fromS(SortableTime.format(promisedAt) + "#" + messageId),
                        MESSAGE_ID, AttributeValue.fromS(messageId),
                        MESSAGE, AttributeValue.fromS(body))));
    }

    @Override
    public List<InboxItem> items(String userId) {
        List<InboxItem> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = dynamoDb.query(QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("#user = :user")
                    .expressionAttributeNames(Map.of("#user", USER_ID))
                    .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId)))
                    .scanIndexForward(true)
                    .consistentRead(true)
                    .exclusiveStartKey(start)
                    .build());
            for (Map<String, AttributeValue> item : page.items()) {
                items.add(new InboxItem(
                        item.get(ITEM_KEY).s(),
                        item.get(MESSAGE_ID).s(),
                        json.readValue(item.get(MESSAGE).s(), ServerMessage.class)));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    @Override
    public void remove(String userId, String itemKey) {
        dynamoDb.deleteItem(b -> b.tableName(table)
                .key(Map.of(USER_ID, AttributeValue.fromS(userId), ITEM_KEY, AttributeValue.fromS(itemKey))));
    }
}
