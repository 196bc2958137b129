package com.mangaassist.console.oncall.adapter.out.dynamodb;

import com.mangaassist.console.oncall.application.Incidents;
import com.mangaassist.console.oncall.domain.Incident;
import com.mangaassist.console.oncall.domain.IncidentEvent;
import com.mangaassist.model.resources.SortableTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * {@link Incidents} in the {@code incidents} table. An incident is one item ({@code incident_id} = its id) holding its
 * events as a list; a claimed alarm condition is a marker item ({@code incident_id} = {@code condition#<alarm>},
 * {@code owner}). Every write is a single-item conditional write: create if absent, update if the version read is
 * still stored, claim if absent, release if still owned. Reads of one incident are consistent; the open list comes
 * from the {@code by-state} index (eventually consistent, like any GSI).
 */
public final class DynamoDbIncidents implements Incidents {

    static final String ID = "incident_id";
    static final String STATE = "state";
    static final String OPENED_AT = "opened_at";
    static final String BY_STATE = "by-state";
    private static final String CONDITION_PREFIX = "condition#";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbIncidents(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean create(Incident incident) {
        try {
            dynamo.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(item(incident))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", ID))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public Optional<Incident> find(String id) {
        if (!Incident.ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder()
                        .tableName(table)
                        .key(Map.of(ID, s(id)))
                        .consistentRead(true)
                        .build())
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(incident(item));
    }

    @Override
    public List<Incident> open() {
        List<Incident> open = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = dynamo.query(QueryRequest.builder()
                    .tableName(table)
                    .indexName(BY_STATE)
                    .keyConditionExpression("#state = :open")
                    .expressionAttributeNames(Map.of("#state", STATE))
                    .expressionAttributeValues(Map.of(":open", s(Incident.State.OPEN.name())))
                    .exclusiveStartKey(start)
                    .build());
            page.items().forEach(item -> open.add(incident(item)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return open;
    }

    @Override
    public boolean update(Incident updated) {
        Map<String, AttributeValue> item = item(updated);
        try {
            dynamo.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(item)
                    .conditionExpression("#version = :expected")
                    .expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(Map.of(":expected", n(updated.version() - 1)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException stale) {
            return false;
        }
    }

    @Override
    public boolean claim(String condition, String incidentId) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of(ID, s(CONDITION_PREFIX + condition)))
                    .updateExpression("SET #owner = :owner")
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#owner", "owner", "#id", ID))
                    .expressionAttributeValues(Map.of(":owner", s(incidentId)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException owned) {
            return false;
        }
    }

    @Override
    public Optional<String> owner(String condition) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder()
                        .tableName(table)
                        .key(Map.of(ID, s(CONDITION_PREFIX + condition)))
                        .consistentRead(true)
                        .build())
                .item();
        return item == null || !item.containsKey("owner")
                ? Optional.empty()
                : Optional.of(item.get("owner").s());
    }

    @Override
    public void release(String condition, String incidentId) {
        try {
            dynamo.deleteItem(DeleteItemRequest.builder()
                    .tableName(table)
                    .key(Map.of(ID, s(CONDITION_PREFIX + condition)))
                    .conditionExpression("#owner = :owner")
                    .expressionAttributeNames(Map.of("#owner", "owner"))
                    .expressionAttributeValues(Map.of(":owner", s(incidentId)))
                    .build());
        } catch (ConditionalCheckFailedException ownedByAnother) {
            // another incident owns the condition now: nothing of ours to release
        }
    }

    static Map<String, AttributeValue> item(Incident incident) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ID, s(incident.id()));
        item.put("title", s(incident.title()));
        item.put(STATE, s(incident.state().name()));
        item.put(OPENED_AT, s(SortableTime.format(incident.openedAt())));
        item.put("opened_by", s(incident.openedBy()));
        incident.condition().ifPresent(c -> item.put("condition", s(c)));
        incident.closedAt().ifPresent(at -> item.put("closed_at", s(SortableTime.format(at))));
        item.put("version", n(incident.version()));
        List<AttributeValue> events = new ArrayList<>();
        for (IncidentEvent event : incident.events()) {
            events.add(AttributeValue.fromM(Map.of(
                    "at", s(SortableTime.format(event.at())),
                    "kind", s(event.kind().name()),
                    "source", s(event.source()),
                    "text", s(event.text()))));
        }
        item.put("events", AttributeValue.fromL(events));
        return item;
    }

    static Incident incident(Map<String, AttributeValue> item) {
        List<IncidentEvent> events = new ArrayList<>();
        if (item.containsKey("events")) {
            for (AttributeValue value : item.get("events").l()) {
                Map<String, AttributeValue> e = value.m();
                events.add(new IncidentEvent(
                        SortableTime.parse(e.get("at").s()),
                        IncidentEvent.Kind.valueOf(e.get("kind").s()),
                        e.get("source").s(),
                        e.get("text").s()));
            }
        }
        return new Incident(
                item.get(ID).s(),
                item.get("title").s(),
                Incident.State.valueOf(item.get(STATE).s()),
                SortableTime.parse(item.get(OPENED_AT).s()),
                item.get("opened_by").s(),
                Optional.ofNullable(item.get("condition")).map(AttributeValue::s),
                Optional.ofNullable(item.get("closed_at")).map(v -> SortableTime.parse(v.s())),
                events,
                Long.parseLong(item.get("version").n()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
