package com.mangaassist.feedback.provenance.adapter.out.dynamodb;

import com.mangaassist.feedback.provenance.domain.AccountDirectory;
import com.mangaassist.feedback.provenance.domain.AccountFacts;
import com.mangaassist.model.resources.SortableTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code customer-profiles} table as provenance reads it: {@code has_purchase_history} (BOOL) and
 * {@code account_created_at} (ISO-8601 instant), both written by the account service's side. A missing or
 * unreadable creation time is an unknown age.
 */
public final class DynamoDbAccountDirectory implements AccountDirectory {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbAccountDirectory(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public AccountFacts find(String userId) {
        var response = dynamoDb.getItem(b -> b.tableName(table)
                .key(Map.of("user_id", AttributeValue.fromS(userId)))
                .projectionExpression("has_purchase_history, account_created_at"));
        if (!response.hasItem() || response.item().isEmpty()) {
            return AccountFacts.unknown(userId);
        }
        Map<String, AttributeValue> item = response.item();
        AttributeValue purchases = item.get("has_purchase_history");
        return new AccountFacts(
                userId,
                purchases != null && Boolean.TRUE.equals(purchases.bool()),
                createdAt(item.get("account_created_at")));
    }

    private static Optional<Instant> createdAt(AttributeValue value) {
        if (value == null || value.s() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(SortableTime.parse(value.s()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
