package com.mangaassist.orchestrator.chat.adapter.out.dynamodb;

import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.n;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.requiredString;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.s;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.time;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.orchestrator.chat.domain.Connections;
import com.mangaassist.orchestrator.chat.domain.CustomerConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Connections in the {@code connections} table, keyed by connection id. */
public final class DynamoDbConnections implements Connections {

    private static final Duration RETENTION = Duration.ofDays(1);

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbConnections(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public boolean save(CustomerConnection connection) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("connection_id", s(connection.connectionId()));
        item.put("user_id", s(connection.userId()));
        item.put("session_id", s(connection.sessionId()));
        item.put("connected_at", time(connection.connectedAt()));
        item.put("expires_at", n(connection.connectedAt().plus(RETENTION).getEpochSecond()));
        if (connection.sourceIp() != null) {
            item.put("source_ip", s(connection.sourceIp()));
        }
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(connection_id) OR user_id = :user")
                    .expressionAttributeValues(Map.of(":user", s(connection.userId()))));
            return true;
        } catch (ConditionalCheckFailedException anotherUsers) {
            return false;
        }
    }

    @Override
    public Optional<CustomerConnection> find(String connectionId) {
        var response = dynamoDb.getItem(b -> b.tableName(table)
                .key(Map.of(Resources.CONNECTIONS.partitionKey().name(), s(connectionId)))
                .consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        return Optional.of(new CustomerConnection(
                requiredString(item, "connection_id"),
                requiredString(item, "user_id"),
                requiredString(item, "session_id"),
                Instant.parse(requiredString(item, "connected_at")),
                Attributes.string(item, "source_ip").orElse(null)));
    }

    @Override
    public void remove(String connectionId) {
        dynamoDb.deleteItem(b -> b.tableName(table).key(Map.of("connection_id", s(connectionId))));
    }
}
