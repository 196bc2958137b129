package com.mangaassist.orchestrator.followup.adapter.out.dynamodb;

import com.mangaassist.model.delivery.PromiseAttributes;
import com.mangaassist.model.delivery.PromiseStatus;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.orchestrator.followup.domain.DeliveryPromise;
import com.mangaassist.orchestrator.followup.domain.DeliveryPromises;
import com.mangaassist.orchestrator.followup.domain.PromiseOutcome;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Promises in {@code delivery-promises} (attribute names: {@link PromiseAttributes}), written with
 * {@code attribute_not_exists(message_id)} so a message has at most one promise and a retry of the
 * turn never resets one the watchdog is already working on.
 */
public final class DynamoDbDeliveryPromises implements DeliveryPromises {

    /** The promise was made for a review. */
    static final String REVIEW_KIND = "review";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbDeliveryPromises(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public PromiseOutcome make(DeliveryPromise promise) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PromiseAttributes.MESSAGE_ID, AttributeValue.fromS(promise.messageId()));
        item.put(PromiseAttributes.SESSION_ID, AttributeValue.fromS(promise.sessionId()));
        item.put(PromiseAttributes.USER_ID, AttributeValue.fromS(promise.userId()));
        item.put(PromiseAttributes.CONNECTION_ID, AttributeValue.fromS(promise.connectionId()));
        item.put(PromiseAttributes.CREATED_AT, AttributeValue.fromS(SortableTime.format(promise.createdAt())));
        item.put(PromiseAttributes.DUE_AT, AttributeValue.fromS(SortableTime.format(promise.dueAt())));
        item.put(PromiseAttributes.STATUS, AttributeValue.fromS(PromiseStatus.PENDING.name()));
        item.put(PromiseAttributes.ATTEMPTS, AttributeValue.fromN("0"));
        item.put(PromiseAttributes.CHANNEL, AttributeValue.fromS("websocket"));
        item.put(PromiseAttributes.PROMISE_KIND, AttributeValue.fromS(REVIEW_KIND));
        item.put(PromiseAttributes.LANG, AttributeValue.fromS(promise.lang()));
        item.put(PromiseAttributes.DRAFT, AttributeValue.fromS(promise.draft()));
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", PromiseAttributes.MESSAGE_ID)));
            return new PromiseOutcome.Made();
        } catch (ConditionalCheckFailedException alreadyThere) {
            return new PromiseOutcome.AlreadyMade();
        }
    }
}
