package com.mangaassist.reviewqueue.task.adapter.out.dynamodb;

import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.reviewqueue.task.domain.Claim;
import com.mangaassist.reviewqueue.task.domain.DecisionRecord;
import com.mangaassist.reviewqueue.task.domain.ReviewDecision;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.TaskContent;
import com.mangaassist.reviewqueue.task.domain.TaskKind;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.task.domain.TaskToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The {@code review-tasks} table. One item per task; the whole item is written on every transition,
 * conditional on the version read. {@code priority_created} = {@code P1#2026-01-01T11:00:00.000Z}
 * (fixed width) orders the {@code by-status-priority} index P1 first, oldest first. The task token is
 * an attribute like any other here and nowhere else.
 */
public final class DynamoDbReviewTasks implements ReviewTasks {

    static final String BY_STATUS_PRIORITY = "by-status-priority";
    static final String BY_REVIEWER = "by-reviewer";
    private static final int PAGE = 100;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbReviewTasks(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<ReviewTask> find(String taskId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of("task_id", AttributeValue.fromS(taskId)))
                        .consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public boolean create(ReviewTask task) {
        try {
            dynamoDb.putItem(
                    b -> b.tableName(table).item(toItem(task)).conditionExpression("attribute_not_exists(task_id)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public boolean update(ReviewTask updated) {
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(toItem(updated))
                    .conditionExpression("version = :expected")
                    .expressionAttributeValues(Map.of(":expected", n(updated.version() - 1))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public List<ReviewTask> inStatus(TaskStatus status, Optional<Priority> priority, int limit) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":status", s(status.name()));
        String condition = "#status = :status";
        if (priority.isPresent()) {
            condition += " AND begins_with(priority_created, :prefix)";
            values.put(":prefix", s(priority.get().name() + "#"));
        }
        return query(condition, values, limit);
    }

    @Override
    public List<ReviewTask> createdBefore(TaskStatus status, Priority priority, Instant before, int limit) {
        Map<String, AttributeValue> values = Map.of(
                ":status", s(status.name()),
                ":from", s(priority.name() + "#"),
                ":to", s(priority.name() + "#" + SortableTime.format(before)));
        return query("#status = :status AND priority_created BETWEEN :from AND :to", values, limit);
    }

    @Override
    public long count(TaskStatus status, Priority priority) {
        return count(
                "#status = :status AND begins_with(priority_created, :prefix)",
                Map.of(":status", s(status.name()), ":prefix", s(priority.name() + "#")));
    }

    @Override
    public long countCreatedBefore(TaskStatus status, Priority priority, Instant before) {
        return count(
                "#status = :status AND priority_created BETWEEN :from AND :to",
                Map.of(
                        ":status", s(status.name()),
                        ":from", s(priority.name() + "#"),
                        ":to", s(priority.name() + "#" + SortableTime.format(before))));
    }

    @Override
    public void forEachCreatedBetween(
            TaskStatus status, Priority priority, Instant from, Instant to, Consumer<Instant> createdAt) {
        // BETWEEN is inclusive: the upper bound is the last millisecond before {@code to}; only the index's sort
        // key is read back (same read units as a counting query on the same range)
        Map<String, AttributeValue> values = Map.of(
                ":status", s(status.name()),
                ":from", s(priority.name() + "#" + SortableTime.format(from)),
                ":to", s(priority.name() + "#" + SortableTime.format(to.minusMillis(1))));
        String prefix = priority.name() + "#";
        dynamoDb.queryPaginator(b -> b.tableName(table)
                        .indexName(BY_STATUS_PRIORITY)
                        .keyConditionExpression("#status = :status AND priority_created BETWEEN :from AND :to")
                        .projectionExpression("priority_created")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(values))
                .items()
                .forEach(item -> createdAt.accept(
                        SortableTime.parse(str(item, "priority_created").substring(prefix.length()))));
    }

    private long count(String condition, Map<String, AttributeValue> values) {
        long count = 0;
        for (QueryResponse page : dynamoDb.queryPaginator(b -> b.tableName(table)
                .indexName(BY_STATUS_PRIORITY)
                .keyConditionExpression(condition)
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(values)
                .select(Select.COUNT))) {
            count += page.count();
        }
        return count;
    }

    @Override
    public Optional<ReviewTask> oldest(TaskStatus status, Priority priority) {
        return inStatus(status, Optional.of(priority), 1).stream().findFirst();
    }

    @Override
    public List<ReviewTask> claimedBy(String reviewerId) {
        List<ReviewTask> tasks = new ArrayList<>();
        dynamoDb.queryPaginator(b -> b.tableName(table)
                        .indexName(BY_REVIEWER)
                        .keyConditionExpression("claimed_by = :reviewer")
                        .filterExpression("#status IN (:claimed, :handoff)")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(
                                ":reviewer", s(reviewerId),
                                ":claimed", s(TaskStatus.CLAIMED.name()),
                                ":handoff", s(TaskStatus.HANDOFF_CLAIMED.name()))))
                .items()
                .forEach(item -> tasks.add(fromItem(item)));
        return tasks;
    }

    private List<ReviewTask> query(String condition, Map<String, AttributeValue> values, int limit) {
        List<ReviewTask> tasks = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest request = QueryRequest.builder()
                    .tableName(table)
                    .indexName(BY_STATUS_PRIORITY)
                    .keyConditionExpression(condition)
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(values)
                    .scanIndexForward(true)
                    .limit(Math.min(PAGE, limit - tasks.size()))
                    .exclusiveStartKey(startKey)
                    .build();
            QueryResponse page = dynamoDb.query(request);
            page.items().forEach(item -> tasks.add(fromItem(item)));
            startKey = next(page);
        } while (startKey != null && tasks.size() < limit);
        return tasks;
    }

    private static Map<String, AttributeValue> next(QueryResponse page) {
        return page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    }

    static Map<String, AttributeValue> toItem(ReviewTask task) {
        Map<String, AttributeValue> item = new HashMap<>();
        TaskContent content = task.content();
        item.put("task_id", s(task.taskId()));
        item.put("kind", s(task.kind().name()));
        item.put("message_id", s(content.messageId()));
        put(item, "session_id", content.sessionId());
        put(item, "user_id", content.userId());
        item.put("topic", s(content.topic().code()));
        item.put("confidence", n(content.confidence()));
        item.put("raw_score", n(content.rawScore()));
        put(item, "question", content.question());
        put(item, "draft_answer", content.draftAnswer());
        put(item, "lang", content.lang());
        item.put("priority", s(task.priority().name()));
        item.put("created_at", s(SortableTime.format(task.createdAt())));
        item.put("priority_created", s(task.priority().name() + "#" + SortableTime.format(task.createdAt())));
        item.put("sla_due_at", s(SortableTime.format(task.slaDueAt())));
        if (task.workflowDeadline() != null) {
            item.put("workflow_deadline", s(SortableTime.format(task.workflowDeadline())));
        }
        item.put("status", s(task.status().name()));
        if (task.claim() != null) {
            item.put("claimed_by", s(task.claim().reviewerId()));
            item.put("claimed_at", s(SortableTime.format(task.claim().claimedAt())));
            item.put("lease_expires_at", s(SortableTime.format(task.claim().leaseExpiresAt())));
        }
        item.put("reassign_count", n(task.reassignCount()));
        item.put("senior_pool", AttributeValue.fromBool(task.seniorPool()));
        if (task.token() != null) {
            item.put("task_token", s(task.token().reveal()));
        }
        DecisionRecord decision = task.decision();
        if (decision != null) {
            item.put("decision_key", s(decision.idempotencyKey()));
            if (decision.decision() != null) {
                item.put("decision", s(decision.decision().name()));
            }
            item.put("decided_by", s(decision.decidedBy()));
            item.put("decided_at", s(SortableTime.format(decision.decidedAt())));
            put(item, "edited_response", decision.editedResponse());
            put(item, "notes", decision.notes());
            item.put("decision_result", s(decision.result().name()));
        }
        item.put("version", n(task.version()));
        return item;
    }

    static ReviewTask fromItem(Map<String, AttributeValue> item) {
        TaskContent content = new TaskContent(
                str(item, "message_id"),
                str(item, "session_id"),
                str(item, "user_id"),
                TopicCategory.fromCode(str(item, "topic"))
                        .orElseThrow(() -> new IllegalStateException("unknown topic in task " + str(item, "task_id"))),
                num(item, "confidence"),
                num(item, "raw_score"),
                str(item, "question"),
                str(item, "draft_answer"),
                str(item, "lang"));
        Claim claim = item.containsKey("claimed_by") && item.containsKey("lease_expires_at")
                ? new Claim(str(item, "claimed_by"), time(item, "claimed_at"), time(item, "lease_expires_at"))
                : null;
        DecisionRecord decision = item.containsKey("decision_key")
                ? new DecisionRecord(
                        str(item, "decision_key"),
                        item.containsKey("decision") ? ReviewDecision.valueOf(str(item, "decision")) : null,
                        str(item, "decided_by"),
                        time(item, "decided_at"),
                        str(item, "edited_response"),
                        str(item, "notes"),
                        DecisionRecord.Result.valueOf(str(item, "decision_result")))
                : null;
        return new ReviewTask(
                str(item, "task_id"),
                TaskKind.valueOf(str(item, "kind")),
                content,
                Priority.valueOf(str(item, "priority")),
                time(item, "created_at"),
                time(item, "sla_due_at"),
                item.containsKey("workflow_deadline") ? time(item, "workflow_deadline") : null,
                TaskStatus.valueOf(str(item, "status")),
                claim,
                (int) num(item, "reassign_count"),
                item.containsKey("senior_pool") && item.get("senior_pool").bool(),
                item.containsKey("task_token") ? TaskToken.of(str(item, "task_token")) : null,
                decision,
                (long) num(item, "version"));
    }

    private static void put(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static double num(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Double.parseDouble(value.n());
    }

    private static Instant time(Map<String, AttributeValue> item, String name) {
        return SortableTime.parse(str(item, name));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(double value) {
        return AttributeValue.fromN(Double.toString(value));
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
