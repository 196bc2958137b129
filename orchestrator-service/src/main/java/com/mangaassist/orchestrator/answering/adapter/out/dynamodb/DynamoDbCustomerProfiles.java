package com.mangaassist.orchestrator.answering.adapter.out.dynamodb;

import com.mangaassist.orchestrator.answering.domain.CustomerProfile;
import com.mangaassist.orchestrator.answering.domain.CustomerProfiles;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Profiles in the {@code customer-profiles} table: {@code user_id}, {@code vip}, {@code has_purchase_history}, {@code email}. */
public final class DynamoDbCustomerProfiles implements CustomerProfiles {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbCustomerProfiles(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public CustomerProfile find(String userId) {
        var response = dynamoDb.getItem(b -> b.tableName(table).key(Map.of("user_id", AttributeValue.fromS(userId))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return CustomerProfile.unknown(userId);
        }
        Map<String, AttributeValue> item = response.item();
        return new CustomerProfile(
                userId,
                flag(item, "vip"),
                flag(item, "has_purchase_history"),
                Optional.ofNullable(item.get("email")).map(AttributeValue::s));
    }

    /** Writes a profile (local seeding, tests and the account service's side). */
    public void save(CustomerProfile profile) {
        var item = new java.util.HashMap<String, AttributeValue>();
        item.put("user_id", AttributeValue.fromS(profile.userId()));
        item.put("vip", AttributeValue.fromBool(profile.vip()));
        item.put("has_purchase_history", AttributeValue.fromBool(profile.hasPurchaseHistory()));
        profile.email().ifPresent(email -> item.put("email", AttributeValue.fromS(email)));
        dynamoDb.putItem(b -> b.tableName(table).item(item));
    }

    private static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }
}
