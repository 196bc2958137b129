package com.mangaassist.feedback.improvement.adapter.out.dynamodb;

import com.mangaassist.feedback.improvement.domain.ChangeRequests;
import com.mangaassist.feedback.improvement.domain.PromptProposal;
import com.mangaassist.feedback.improvement.domain.TopicEvidence;
import com.mangaassist.model.resources.SortableTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prompt proposals in the {@code change-requests} table: {@code change_request_id} ({@code cr-<uuid>}),
 * {@code kind} = PROMPT, {@code state} (PROPOSED when written), {@code created_at} (sortable time), {@code
 * proposed_by} = {@code feedback-service}, {@code prompt_id}, {@code base_version} (N), {@code text}, {@code
 * diff}, {@code evidence} (JSON array of per-topic evidence), {@code feedback_ids} (L of S, the lineage).
 * Written once (conditional on a new id); listed by a filtered scan, since threshold-service moves them on.
 */
public final class DynamoDbChangeRequests implements ChangeRequests {

    static final String PROPOSED_BY = "feedback-service";
    private static final TypeReference<List<TopicEvidence>> EVIDENCE = new TypeReference<>() {};

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final JsonMapper json;

    public DynamoDbChangeRequests(DynamoDbClient dynamoDb, String table, JsonMapper json) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.json = json;
    }

    @Override
    public void propose(PromptProposal proposal) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("change_request_id", s(proposal.changeRequestId()));
        item.put("kind", s("PROMPT"));
        item.put("state", s(proposal.state()));
        item.put("created_at", s(SortableTime.format(proposal.createdAt())));
        item.put("proposed_by", s(PROPOSED_BY));
        item.put("prompt_id", s(proposal.promptId()));
        item.put("base_version", AttributeValue.fromN(Long.toString(proposal.baseVersion())));
        item.put("text", s(proposal.text()));
        item.put("diff", s(proposal.diff()));
        item.put("evidence", s(json.writeValueAsString(proposal.evidence())));
        item.put(
                "feedback_ids",
                AttributeValue.fromL(proposal.feedbackIds().stream()
                        .map(AttributeValue::fromS)
                        .toList()));
        dynamoDb.putItem(
                b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(change_request_id)"));
    }

    @Override
    public List<PromptProposal> proposals(int limit) {
        List<PromptProposal> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = dynamoDb.scan(b -> b.tableName(table)
                    .filterExpression("proposed_by = :me AND #kind = :prompt")
                    .expressionAttributeNames(Map.of("#kind", "kind"))
                    .expressionAttributeValues(Map.of(":me", s(PROPOSED_BY), ":prompt", s("PROMPT")))
                    .consistentRead(true)
                    .exclusiveStartKey(from));
            page.items().forEach(item -> found.add(fromItem(item)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return found.stream()
                .sorted(Comparator.comparing(PromptProposal::createdAt)
                        .reversed()
                        .thenComparing(PromptProposal::changeRequestId))
                .limit(limit)
                .toList();
    }

    private PromptProposal fromItem(Map<String, AttributeValue> item) {
        return new PromptProposal(
                item.get("change_request_id").s(),
                item.get("prompt_id").s(),
                Long.parseLong(item.get("base_version").n()),
                item.get("text").s(),
                item.get("diff").s(),
                json.readValue(item.get("evidence").s(), EVIDENCE),
                item.containsKey("feedback_ids")
                        ? item.get("feedback_ids").l().stream()
                                .map(AttributeValue::s)
                                .toList()
                        : List.of(),
                item.get("state").s(),
                SortableTime.parse(item.get("created_at").s()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
