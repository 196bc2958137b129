package com.mangaassist.orchestrator.chat.adapter.out.dynamodb;

import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.bool;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.n;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.s;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.time;

import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Messages;
import com.mangaassist.orchestrator.chat.domain.Reply;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One item per turn in the {@code messages} table; the received record is written once. */
public final class DynamoDbMessages implements Messages {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbMessages(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void recordReceived(CustomerTurn turn) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("message_id", s(turn.messageId()));
        item.put("session_id", s(turn.sessionId()));
        item.put("user_id", s(turn.userId()));
        item.put("connection_id", s(turn.connectionId()));
        item.put("text", s(turn.text()));
        item.put("lang", s(turn.language().code()));
        item.put("created_at", time(turn.receivedAt()));
        item.put("status", s("RECEIVED"));
        if (turn.clientMessageId() != null) {
            item.put("client_message_id", s(turn.clientMessageId()));
        }
        dynamoDb.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(message_id)"));
    }

    @Override
    public void recordAnswered(String messageId, Reply reply, boolean delivered, Instant answeredAt) {
        dynamoDb.updateItem(b -> b.tableName(table)
                .key(Map.of("message_id", s(messageId)))
                .conditionExpression("attribute_exists(message_id)")
                .updateExpression("SET #status = :status, decision = :decision, answer_text = :answer, topic = :topic,"
                        + " confidence = :confidence, responder = :responder, delivered = :delivered,"
                        + " answered_at = :at")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(
                        ":status", s(delivered ? "ANSWERED" : "UNDELIVERED"),
                        ":decision", s("AUTO_RESPOND"),
                        ":answer", s(reply.text()),
                        ":topic", s(reply.topic()),
                        ":confidence", n(reply.confidence()),
                        ":responder", s(reply.responder()),
                        ":delivered", bool(delivered),
                        ":at", time(answeredAt))));
    }
}
