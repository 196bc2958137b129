package com.mangaassist.threshold.changerequest.adapter.out.dynamodb;

import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.threshold.changerequest.domain.ChangeKind;
import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.ChangeRequestStore;
import com.mangaassist.threshold.changerequest.domain.ChangeState;
import com.mangaassist.threshold.changerequest.domain.PromptChange;
import com.mangaassist.threshold.changerequest.domain.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code change-requests} table. The request is stored whole as JSON in {@code document}, with the
 * attributes the index and the other writer read kept flat: {@code kind}, {@code state}, {@code
 * created_at} (GSI {@code by-state}), {@code proposed_by}, {@code revision}. The feedback service creates
 * PROMPT proposals with flat attributes only ({@code prompt_id}, {@code base_version}, {@code text},
 * {@code diff}, {@code evidence}, {@code feedback_ids}); such an item is read from those, and updates use
 * {@code UpdateItem} so its evidence is never lost.
 */
public final class DynamoDbChangeRequestStore implements ChangeRequestStore {

    private static final String BY_STATE = "by-state";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final double defaultCanaryPercent;
    private final JsonMapper json = JsonMapper.builder().build();

    public DynamoDbChangeRequestStore(DynamoDbClient dynamoDb, String table, double defaultCanaryPercent) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.defaultCanaryPercent = defaultCanaryPercent;
    }

    @Override
    public boolean create(ChangeRequest request) {
        Map<String, AttributeValue> item = new HashMap<>(flat(request, 1));
        item.put("change_request_id", s(request.id()));
        item.put("kind", s(request.kind().name()));
        item.put("created_at", s(SortableTime.format(request.createdAt())));
        item.put("proposed_by", s(request.proposedBy()));
        try {
            dynamoDb.putItem(
                    b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(change_request_id)"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public Optional<ChangeRequest> find(String id) {
        var response = dynamoDb.getItem(
                b -> b.tableName(table).key(Map.of("change_request_id", s(id))).consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(response.item()));
    }

    @Override
    public Optional<ChangeRequest> update(ChangeRequest next) {
        Map<String, AttributeValue> values = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        StringBuilder set = new StringBuilder("SET ");
        Map<String, AttributeValue> flat = flat(next, next.revision() + 1);
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : flat.entrySet()) {
            set.append(i == 0 ? "" : ", ")
                    .append("#a")
                    .append(i)
                    .append(" = :v")
                    .append(i);
            names.put("#a" + i, e.getKey());
            values.put(":v" + i, e.getValue());
            i++;
        }
        names.put("#rev", "revision");
        values.put(":expected", AttributeValue.fromN(Long.toString(next.revision())));
        String condition = next.revision() == 0
                ? "attribute_exists(change_request_id) AND (attribute_not_exists(#rev) OR #rev = :expected)"
                : "#rev = :expected";
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(Map.of("change_request_id", s(next.id())))
                    .updateExpression(set.toString())
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException stale) {
            return Optional.empty();
        }
        return Optional.of(next.withRevision(next.revision() + 1));
    }

    @Override
    public List<ChangeRequest> inState(ChangeState state, int limit) {
        List<ChangeRequest> found = new ArrayList<>();
        QueryRequest query = QueryRequest.builder()
                .tableName(table)
                .indexName(BY_STATE)
                .keyConditionExpression("#state = :state")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":state", s(state.name())))
                .build();
        for (Map<String, AttributeValue> key : dynamoDb.queryPaginator(query).items()) {
            // the index may lag the table: read the item itself, and keep it only if still in that state
            find(key.get("change_request_id").s())
                    .filter(r -> r.state() == state)
                    .ifPresent(found::add);
            if (found.size() >= limit) {
                break;
            }
        }
        return found;
    }

    private Map<String, AttributeValue> flat(ChangeRequest request, long revision) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("state", s(request.state().name()));
        item.put("revision", AttributeValue.fromN(Long.toString(revision)));
        item.put("document", s(json.writeValueAsString(request.withRevision(revision))));
        return item;
    }

    private ChangeRequest read(Map<String, AttributeValue> item) {
        long revision = item.containsKey("revision")
                ? Long.parseLong(item.get("revision").n())
                : 0;
        if (item.containsKey("document")) {
            return json.readValue(item.get("document").s(), ChangeRequest.class).withRevision(revision);
        }
        // a proposal the feedback service wrote: flat attributes only
        var createdAt = SortableTime.parse(item.get("created_at").s());
        String proposedBy = text(item, "proposed_by");
        String reason = "prompt improvement proposed by " + proposedBy + " from included customer feedback"
                + (item.containsKey("feedback_ids")
                        ? " (" + item.get("feedback_ids").l().size() + " signals)"
                        : "");
        return new ChangeRequest(
                item.get("change_request_id").s(),
                ChangeKind.PROMPT,
                ChangeState.valueOf(item.get("state").s()),
                proposedBy,
                reason,
                createdAt,
                Map.of(),
                Optional.of(new PromptChange(
                        text(item, "prompt_id"),
                        Long.parseLong(item.get("base_version").n()),
                        text(item, "text"),
                        text(item, "diff"))),
                defaultCanaryPercent,
                "",
                Optional.empty(),
                Optional.empty(),
                List.of(new Transition(ChangeState.PROPOSED, createdAt, proposedBy, reason)),
                revision);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? "" : value.s();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
