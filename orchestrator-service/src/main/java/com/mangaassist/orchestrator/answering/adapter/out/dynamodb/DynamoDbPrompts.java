package com.mangaassist.orchestrator.answering.adapter.out.dynamodb;

import com.mangaassist.orchestrator.answering.domain.Prompt;
import com.mangaassist.orchestrator.answering.domain.Prompts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Prompts in the {@code prompts} table (partition {@code prompt_id}, sort {@code version}); the active
 * version is the highest one whose {@code status} is {@code ACTIVE}. Read through a cache of
 * {@code ttl}; a prompt with no version yet is seeded with version 1 from the given default text.
 */
public final class DynamoDbPrompts implements Prompts {

    private record Cached(Prompt prompt, Instant loadedAt) {}

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Map<String, String> defaults;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public DynamoDbPrompts(
            DynamoDbClient dynamoDb, String table, Map<String, String> defaults, Clock clock, Duration ttl) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.defaults = Map.copyOf(defaults);
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Prompt active(String promptId) {
        Instant now = clock.instant();
        Cached cached = cache.get(promptId);
        if (cached != null && cached.loadedAt().plus(ttl).isAfter(now)) {
            return cached.prompt();
        }
        Prompt prompt = load(promptId).orElseGet(() -> seed(promptId));
        cache.put(promptId, new Cached(prompt, now));
        return prompt;
    }

    private Optional<Prompt> load(String promptId) {
        var items = dynamoDb.query(b -> b.tableName(table)
                        .keyConditionExpression("prompt_id = :id")
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(promptId)))
                        .scanIndexForward(false)
                        .consistentRead(true))
                .items();
        return items.stream()
                .filter(item -> "ACTIVE"
                        .equals(Optional.ofNullable(item.get("status"))
                                .map(AttributeValue::s)
                                .orElse("")))
                .findFirst()
                .map(item -> new Prompt(
                        promptId,
                        Integer.parseInt(item.get("version").n()),
                        item.get("text").s()));
    }

    private Prompt seed(String promptId) {
        String text = defaults.get(promptId);
        if (text == null) {
            throw new IllegalStateException("no prompt '" + promptId + "' and no default to seed it with");
        }
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "prompt_id", AttributeValue.fromS(promptId),
                            "version", AttributeValue.fromN("1"),
                            "status", AttributeValue.fromS("ACTIVE"),
                            "text", AttributeValue.fromS(text),
                            "created_at", AttributeValue.fromS(clock.instant().toString()),
                            "created_by", AttributeValue.fromS("seed")))
                    .conditionExpression("attribute_not_exists(prompt_id)"));
        } catch (ConditionalCheckFailedException seededMeanwhile) {
            return load(promptId)
                    .orElseThrow(() -> new IllegalStateException(
                            "prompt '" + promptId + "' has versions but none is ACTIVE", seededMeanwhile));
        }
        return new Prompt(promptId, 1, text);
    }
}
