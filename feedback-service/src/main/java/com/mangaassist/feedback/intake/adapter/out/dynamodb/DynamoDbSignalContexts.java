package com.mangaassist.feedback.intake.adapter.out.dynamodb;

import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.SignalContext;
import com.mangaassist.feedback.intake.domain.SignalContexts;
import com.mangaassist.feedback.provenance.adapter.out.dynamodb.DynamoDbReputations;
import com.mangaassist.feedback.provenance.adapter.out.dynamodb.ProfileItems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * A signal's context in one strongly consistent BatchGetItem over four tables: the {@code feedback} item of the
 * signal's id, the two {@code feedback-quarantines} subjects (account and session), the {@code
 * customer-profiles} item and the {@code feedback-reputation} item. Unprocessed keys are asked for again
 * (at most {@value #MAX_ROUNDS} rounds); what is still missing then is an error, never a guess.
 */
public final class DynamoDbSignalContexts implements SignalContexts {

    private static final int MAX_ROUNDS = 5;

    private final DynamoDbClient dynamoDb;
    private final String feedback;
    private final String quarantines;
    private final String profiles;
    private final String reputation;

    public DynamoDbSignalContexts(
            DynamoDbClient dynamoDb, String feedback, String quarantines, String profiles, String reputation) {
        this.dynamoDb = dynamoDb;
        this.feedback = feedback;
        this.quarantines = quarantines;
        this.profiles = profiles;
        this.reputation = reputation;
    }

    @Override
    public SignalContext load(String feedbackId, String userId, String sessionId) {
        Map<String, KeysAndAttributes> request = new HashMap<>();
        request.put(feedback, keys(Map.of("feedback_id", s(feedbackId))));
        request.put(
                quarantines,
                keys(
                        Map.of("subject", s(QuarantineItems.accountSubject(userId))),
                        Map.of("subject", s(QuarantineItems.sessionSubject(sessionId)))));
        request.put(profiles, keys(Map.of("user_id", s(userId))));
        request.put(reputation, keys(Map.of("user_id", s(userId))));
        Map<String, List<Map<String, AttributeValue>>> found = new HashMap<>();
        for (int round = 0; round < MAX_ROUNDS && !request.isEmpty(); round++) {
            Map<String, KeysAndAttributes> current = request;
            BatchGetItemResponse response = dynamoDb.batchGetItem(b -> b.requestItems(current));
            response.responses()
                    .forEach((table, items) -> found.computeIfAbsent(table, t -> new java.util.ArrayList<>())
                            .addAll(items));
            request = response.hasUnprocessedKeys() ? new HashMap<>(response.unprocessedKeys()) : Map.of();
        }
        if (!request.isEmpty()) {
            throw new IllegalStateException(
                    "signal context read left keys unprocessed after " + MAX_ROUNDS + " rounds");
        }
        Optional<FeedbackRecord> earlier = first(found, feedback).map(FeedbackItems::fromItem);
        return new SignalContext(
                earlier,
                ProfileItems.facts(userId, first(found, profiles).orElse(null)),
                DynamoDbReputations.standing(userId, first(found, reputation).orElse(null)),
                QuarantineItems.inForce(found.getOrDefault(quarantines, List.of())));
    }

    @SafeVarargs
    private static KeysAndAttributes keys(Map<String, AttributeValue>... keys) {
        return KeysAndAttributes.builder().keys(keys).consistentRead(true).build();
    }

    private static Optional<Map<String, AttributeValue>> first(
            Map<String, List<Map<String, AttributeValue>>> found, String table) {
        return found.getOrDefault(table, List.of()).stream().findFirst();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
