package com.mangaassist.feedback.improvement.adapter.out.dynamodb;

import com.mangaassist.feedback.improvement.domain.FreezeState;
import com.mangaassist.feedback.improvement.domain.PipelineFreeze;
import com.mangaassist.model.resources.SortableTime;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The freeze flag on the {@code locks} table: {@code _id} = {@code feedback:prompt-improvement-freeze},
 * {@code frozen} (BOOL), {@code reason}, {@code actor}, {@code at}. Read consistently.
 */
public final class DynamoDbPipelineFreeze implements PipelineFreeze {

    static final String ID = "feedback:prompt-improvement-freeze";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbPipelineFreeze(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<FreezeState> current() {
        var response = dynamoDb.getItem(b ->
                b.tableName(table).key(Map.of("_id", AttributeValue.fromS(ID))).consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        return Optional.of(new FreezeState(
                Boolean.TRUE.equals(item.get("frozen").bool()),
                item.get("reason").s(),
                item.get("actor").s(),
                SortableTime.parse(item.get("at").s())));
    }

    @Override
    public void set(FreezeState state) {
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "_id", AttributeValue.fromS(ID),
                        "frozen", AttributeValue.fromBool(state.frozen()),
                        "reason", AttributeValue.fromS(state.reason()),
                        "actor", AttributeValue.fromS(state.actor()),
                        "at", AttributeValue.fromS(SortableTime.format(state.at())))));
    }
}
