package com.mangaassist.threshold.configuration.adapter.out.dynamodb;

import static com.mangaassist.model.routing.PromptAttributes.CHANGE_REQUEST_ID;
import static com.mangaassist.model.routing.PromptAttributes.CREATED_AT;
import static com.mangaassist.model.routing.PromptAttributes.CREATED_BY;
import static com.mangaassist.model.routing.PromptAttributes.PERCENT;
import static com.mangaassist.model.routing.PromptAttributes.PROMPT_ID;
import static com.mangaassist.model.routing.PromptAttributes.STATUS;
import static com.mangaassist.model.routing.PromptAttributes.TEXT;
import static com.mangaassist.model.routing.PromptAttributes.UNTIL;
import static com.mangaassist.model.routing.PromptAttributes.VERSION;

import com.mangaassist.threshold.configuration.domain.PromptStatus;
import com.mangaassist.threshold.configuration.domain.PromptStore;
import com.mangaassist.threshold.configuration.domain.PromptVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The {@code prompts} table (layout: {@code PromptAttributes}); status changes are conditional on the status read. */
public final class DynamoDbPromptStore implements PromptStore {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbPromptStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public List<PromptVersion> versions(String promptId) {
        List<PromptVersion> versions = new ArrayList<>();
        QueryRequest query = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("#id = :id")
                .expressionAttributeNames(Map.of("#id", PROMPT_ID))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(promptId)))
                .consistentRead(true)
                .build();
        dynamoDb.queryPaginator(query).items().forEach(item -> versions.add(version(item)));
        return versions;
    }

    @Override
    public boolean add(PromptVersion version) {
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(item(version))
                    .conditionExpression("attribute_not_exists(#version)")
                    .expressionAttributeNames(Map.of("#version", VERSION)));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public boolean changeStatus(PromptVersion version, PromptStatus expected) {
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(item(version))
                    .conditionExpression("#status = :expected")
                    .expressionAttributeNames(Map.of("#status", STATUS))
                    .expressionAttributeValues(Map.of(":expected", AttributeValue.fromS(expected.name()))));
            return true;
        } catch (ConditionalCheckFailedException moved) {
            return false;
        }
    }

    private static Map<String, AttributeValue> item(PromptVersion version) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PROMPT_ID, AttributeValue.fromS(version.promptId()));
        item.put(VERSION, AttributeValue.fromN(Long.toString(version.version())));
        item.put(STATUS, AttributeValue.fromS(version.status().name()));
        item.put(TEXT, AttributeValue.fromS(version.text()));
        item.put(CREATED_AT, AttributeValue.fromS(version.createdAt().toString()));
        item.put(CREATED_BY, AttributeValue.fromS(version.createdBy()));
        item.put(CHANGE_REQUEST_ID, AttributeValue.fromS(version.changeRequestId()));
        version.canaryPercent().ifPresent(p -> item.put(PERCENT, AttributeValue.fromN(Double.toString(p))));
        version.canaryUntil().ifPresent(u -> item.put(UNTIL, AttributeValue.fromS(u.toString())));
        return item;
    }

    private static PromptVersion version(Map<String, AttributeValue> item) {
        return new PromptVersion(
                item.get(PROMPT_ID).s(),
                Long.parseLong(item.get(VERSION).n()),
                PromptStatus.valueOf(item.get(STATUS).s()),
                item.get(TEXT).s(),
                item.containsKey(CREATED_AT)
                        ? Instant.parse(item.get(CREATED_AT).s())
                        : Instant.EPOCH,
                item.containsKey(CREATED_BY) ? item.get(CREATED_BY).s() : "unknown",
                item.containsKey(CHANGE_REQUEST_ID)
                        ? item.get(CHANGE_REQUEST_ID).s()
                        : "",
                Optional.ofNullable(item.get(PERCENT)).map(v -> Double.valueOf(v.n())),
                Optional.ofNullable(item.get(UNTIL)).map(v -> Instant.parse(v.s())));
    }
}
