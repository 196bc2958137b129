package com.mangaassist.delivery.promise.adapter.out.dynamodb;

import com.mangaassist.delivery.promise.domain.CustomerContacts;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The {@code email} attribute of {@code customer-profiles}. */
public final class DynamoDbCustomerContacts implements CustomerContacts {

    static final String USER_ID = "user_id";
    static final String EMAIL = "email";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbCustomerContacts(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<String> email(String userId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of(USER_ID, AttributeValue.fromS(userId)))
                        .projectionExpression("#email")
                        .expressionAttributeNames(Map.of("#email", EMAIL)))
                .item();
        return Optional.ofNullable(item)
                .map(i -> i.get(EMAIL))
                .map(AttributeValue::s)
                .filter(address -> !address.isBlank());
    }
}
