package com.mangaassist.orchestrator.chat.adapter.out.dynamodb;

import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.n;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.s;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.time;

import com.mangaassist.orchestrator.chat.domain.ChatSession;
import com.mangaassist.orchestrator.chat.domain.Sessions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Sessions in the {@code sessions} table; a session id is written once (conditional put). */
public final class DynamoDbSessions implements Sessions {

    private static final Duration RETENTION = Duration.ofDays(90);

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbSessions(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void open(ChatSession session) {
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "session_id", s(session.sessionId()),
                        "user_id", s(session.userId()),
                        "connection_id", s(session.connectionId()),
                        "created_at", time(session.createdAt()),
                        "last_activity_at", time(session.createdAt()),
                        "status", s("ACTIVE"),
                        "turn_count", n(0L),
                        "expires_at", n(session.createdAt().plus(RETENTION).getEpochSecond())))
                .conditionExpression("attribute_not_exists(session_id)"));
    }

    @Override
    public void touch(String sessionId, Instant at) {
        dynamoDb.updateItem(b -> b.tableName(table)
                .key(Map.of("session_id", s(sessionId)))
                .updateExpression("SET last_activity_at = :at ADD turn_count :one")
                .conditionExpression("attribute_exists(session_id)")
                .expressionAttributeValues(Map.of(":at", time(at), ":one", n(1L))));
    }

    @Override
    public void close(String sessionId, Instant at) {
        dynamoDb.updateItem(b -> b.tableName(table)
                .key(Map.of("session_id", s(sessionId)))
                .updateExpression("SET #status = :closed, closed_at = :at")
                .conditionExpression("attribute_exists(session_id)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":closed", s("CLOSED"), ":at", time(at))));
    }
}
