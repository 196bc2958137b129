package com.mangaassist.feedback.provenance.adapter.out.dynamodb;

import com.mangaassist.feedback.provenance.domain.ReputationStanding;
import com.mangaassist.feedback.provenance.domain.Reputations;
import com.mangaassist.model.resources.SortableTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The {@code feedback-reputation} table: {@code user_id}, {@code agreements} (N), {@code disagreements} (N),
 * {@code counted} (SS of feedback ids already counted: a second count of one is refused by the condition),
 * {@code evidence} (list of the last {@value #KEEP_EVIDENCE} lines), {@code updated_at}.
 */
public final class DynamoDbReputations implements Reputations {

    static final int KEEP_EVIDENCE = 20;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Clock clock;

    public DynamoDbReputations(DynamoDbClient dynamoDb, String table, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public ReputationStanding find(String userId) {
        var response = dynamoDb.getItem(b -> b.tableName(table)
                .key(Map.of("user_id", AttributeValue.fromS(userId)))
                .projectionExpression("agreements, disagreements, evidence, updated_at"));
        return standing(userId, response.hasItem() ? response.item() : null);
    }

    /** The standing in a reputation item ({@code none} without one). */
    public static ReputationStanding standing(String userId, Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return ReputationStanding.none(userId);
        }
        List<String> evidence = item.containsKey("evidence")
                ? item.get("evidence").l().stream().map(AttributeValue::s).toList()
                : List.of();
        return new ReputationStanding(
                userId,
                number(item, "agreements"),
                number(item, "disagreements"),
                evidence,
                item.containsKey("updated_at")
                        ? SortableTime.parse(item.get("updated_at").s())
                        : null);
    }

    @Override
    public void count(String userId, String feedbackId, boolean agreed, String evidence) {
        ReputationStanding current = find(userId);
        List<AttributeValue> lines = new ArrayList<>();
        current.recentEvidence().stream()
                .skip(Math.max(0, current.recentEvidence().size() - (KEEP_EVIDENCE - 1)))
                .forEach(line -> lines.add(AttributeValue.fromS(line)));
        lines.add(AttributeValue.fromS(evidence));
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(Map.of("user_id", AttributeValue.fromS(userId)))
                    .conditionExpression("attribute_not_exists(counted) OR NOT contains(counted, :id)")
                    .updateExpression("ADD " + (agreed ? "agreements" : "disagreements") + " :one, counted :ids"
                            + " SET evidence = :evidence, updated_at = :at")
                    .expressionAttributeValues(Map.of(
                            ":one", AttributeValue.fromN("1"),
                            ":id", AttributeValue.fromS(feedbackId),
                            ":ids", AttributeValue.fromSs(List.of(feedbackId)),
                            ":evidence", AttributeValue.fromL(lines),
                            ":at", AttributeValue.fromS(SortableTime.format(clock.instant())))));
        } catch (ConditionalCheckFailedException alreadyCounted) {
            // this feedback id was counted before: counting is idempotent
        }
    }

    private static int number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Integer.parseInt(value.n());
    }
}
