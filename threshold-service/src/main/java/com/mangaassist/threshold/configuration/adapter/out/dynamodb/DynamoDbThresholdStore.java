package com.mangaassist.threshold.configuration.adapter.out.dynamodb;

import com.mangaassist.model.routing.ThresholdAttributes;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.configuration.domain.ThresholdVersion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@code thresholds} (strongly consistent reads; puts conditional on {@code revision}, or on the item's
 * absence for the first write) and {@code threshold-versions} (puts conditional on absence).
 */
public final class DynamoDbThresholdStore implements ThresholdStore {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String historyTable;

    public DynamoDbThresholdStore(DynamoDbClient dynamoDb, String table, String historyTable) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
    }

    @Override
    public Map<TopicCategory, CategoryConfiguration> all() {
        Map<TopicCategory, CategoryConfiguration> all = new EnumMap<>(TopicCategory.class);
        for (TopicCategory category : TopicCategory.values()) {
            all.put(category, get(category));
        }
        return all;
    }

    @Override
    public CategoryConfiguration get(TopicCategory category) {
        var response = dynamoDb.getItem(b -> b.tableName(table)
                .key(Map.of(ThresholdAttributes.CATEGORY, AttributeValue.fromS(category.code())))
                .consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return CategoryConfiguration.unstored(category);
        }
        return ThresholdItemCodec.configuration(category, response.item());
    }

    @Override
    public WriteOutcome write(CategoryConfiguration next) {
        PutItemRequest.Builder put =
                PutItemRequest.builder().tableName(table).item(ThresholdItemCodec.item(next, next.revision() + 1));
        if (next.stored()) {
            put.conditionExpression("#revision = :revision")
                    .expressionAttributeNames(Map.of("#revision", ThresholdAttributes.REVISION))
                    .expressionAttributeValues(Map.of(":revision", ThresholdItemCodec.n(next.revision())));
        } else {
            put.conditionExpression("attribute_not_exists(#category)")
                    .expressionAttributeNames(Map.of("#category", ThresholdAttributes.CATEGORY));
        }
        try {
            dynamoDb.putItem(put.build());
        } catch (ConditionalCheckFailedException stale) {
            return new WriteOutcome.Stale(next.category());
        }
        return new WriteOutcome.Written(new CategoryConfiguration(
                next.category(), next.active(), next.canary(), next.overrides(), next.revision() + 1));
    }

    @Override
    public boolean record(ThresholdVersion version) {
        try {
            dynamoDb.putItem(b -> b.tableName(historyTable)
                    .item(ThresholdItemCodec.historyItem(version))
                    .conditionExpression("attribute_not_exists(#version)")
                    .expressionAttributeNames(Map.of("#version", ThresholdAttributes.VERSION)));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public List<ThresholdVersion> history(TopicCategory category) {
        List<ThresholdVersion> versions = new ArrayList<>();
        QueryRequest query = QueryRequest.builder()
                .tableName(historyTable)
                .keyConditionExpression("#category = :category")
                .expressionAttributeNames(Map.of("#category", ThresholdAttributes.CATEGORY))
                .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category.code())))
                .consistentRead(true)
                .build();
        dynamoDb.queryPaginator(query)
                .items()
                .forEach(item -> versions.add(ThresholdItemCodec.version(category, item)));
        return versions;
    }

    @Override
    public Optional<ThresholdVersion> version(TopicCategory category, long version) {
        var response = dynamoDb.getItem(b -> b.tableName(historyTable)
                .key(Map.of(
                        ThresholdAttributes.CATEGORY, AttributeValue.fromS(category.code()),
                        ThresholdAttributes.VERSION, ThresholdItemCodec.n(version)))
                .consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ThresholdItemCodec.version(category, response.item()));
    }
}
