package com.mangaassist.feedback.intake.adapter.out.dynamodb;

import com.mangaassist.feedback.intake.domain.Quarantines;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads the {@code feedback-quarantines} table: items {@code subject} = {@code account:<userId>} or
 * {@code session:<sessionId>}, {@code active} (BOOL), {@code reason}. One consistent batch read of both
 * subjects per signal.
 */
public final class DynamoDbQuarantines implements Quarantines {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbQuarantines(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    public static String accountSubject(String userId) {
        return "account:" + userId;
    }

    public static String sessionSubject(String sessionId) {
        return "session:" + sessionId;
    }

    @Override
    public Optional<String> inForce(String userId, String sessionId) {
        var keys = List.of(
                Map.of("subject", AttributeValue.fromS(accountSubject(userId))),
                Map.of("subject", AttributeValue.fromS(sessionSubject(sessionId))));
        var response = dynamoDb.batchGetItem(b -> b.requestItems(Map.of(
                table,
                KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));
        if (response.hasUnprocessedKeys() && !response.unprocessedKeys().isEmpty()) {
            throw new IllegalStateException("quarantine lookup was not processed; refusing to guess");
        }
        return inForce(response.responses().getOrDefault(table, List.of()));
    }

    /** The reason of the first active quarantine among {@code items} (by reason, for a stable answer). */
    public static Optional<String> inForce(List<Map<String, AttributeValue>> items) {
        return items.stream()
                .filter(item -> item.containsKey("active")
                        && Boolean.TRUE.equals(item.get("active").bool()))
                .map(item -> item.containsKey("reason") ? item.get("reason").s() : "quarantined")
                .sorted()
                .findFirst();
    }
}
