package com.mangaassist.model.resources;

import static com.mangaassist.model.resources.KeyAttribute.number;
import static com.mangaassist.model.resources.KeyAttribute.string;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The single definition of every table, index and queue of the suite. The local stack provisions
 * from it; the CDK app in {@code infra} builds the AWS resources from it. Nothing is created by hand.
 */
public final class Resources {

    /** Chat sessions; one per connection lifetime, found by user through {@code by-user}. */
    public static final TableDefinition SESSIONS = TableDefinition.named("sessions", string("session_id"))
            .index(IndexDefinition.of("by-user", string("user_id"), string("created_at")))
            .ttl("expires_at")
            .build();

    /** Live WebSocket connections: connection id to user and session. */
    public static final TableDefinition CONNECTIONS = TableDefinition.named("connections", string("connection_id"))
            .index(IndexDefinition.of("by-user", string("user_id"), string("connected_at")))
            .ttl("expires_at")
            .build();

    /** What routing needs to know of a customer: VIP flag, purchase history, contact email. */
    public static final TableDefinition CUSTOMER_PROFILES =
            TableDefinition.named("customer-profiles", string("user_id")).build();

    /** Catalog with derived price and stock. */
    public static final TableDefinition PRODUCTS =
            TableDefinition.named("products", string("product_id")).build();

    /** One item per customer turn. */
    public static final TableDefinition MESSAGES = TableDefinition.named("messages", string("message_id"))
            .index(IndexDefinition.of("by-session", string("session_id"), string("created_at")))
            .build();

    /** Review tasks; "next task" reads {@code by-status-priority}, never a scan. */
    public static final TableDefinition REVIEW_TASKS = TableDefinition.named("review-tasks", string("task_id"))
            .index(IndexDefinition.of("by-status-priority", string("status"), string("priority_created")))
            .index(IndexDefinition.of("by-reviewer", string("claimed_by"), string("claimed_at")))
            .index(IndexDefinition.of("by-message", string("message_id")))
            .build();

    /** Delivery promises; the watchdog reads {@code by-status-due}. */
    public static final TableDefinition DELIVERY_PROMISES = TableDefinition.named(
                    "delivery-promises", string("message_id"))
            .index(IndexDefinition.of("by-status-due", string("status"), string("due_at")))
            .build();

    /** Undelivered answers waiting for the user's next connection. */
    public static final TableDefinition INBOX = TableDefinition.named("inbox", string("user_id"))
            .sortKey(string("item_key"))
            .build();

    /**
     * Customer feedback, one item per signal. {@code by-user} and {@code by-session} serve provenance,
     * rate history and quarantine; {@code by-day} ({@code day} = {@code YYYY-MM-DD} UTC) serves the
     * monitors, aggregates and the backfill by time window. Enrichment never reads an index.
     */
    public static final TableDefinition FEEDBACK = TableDefinition.named("feedback", string("feedback_id"))
            .index(IndexDefinition.of("by-session", string("session_id"), string("created_at")))
            .index(IndexDefinition.of("by-message", string("message_id"), string("created_at")))
            .index(IndexDefinition.of("by-user", string("user_id"), string("created_at")))
            .index(IndexDefinition.of("by-day", string("day"), string("created_at")))
            .build();

    /** Quarantines in force or lifted, by subject ({@code account:<userId>} or {@code session:<sessionId>}). */
    public static final TableDefinition FEEDBACK_QUARANTINES =
            TableDefinition.named("feedback-quarantines", string("subject")).build();

    /** Per-account feedback reputation: agreements and disagreements with reviewers and the majority. */
    public static final TableDefinition FEEDBACK_REPUTATION =
            TableDefinition.named("feedback-reputation", string("user_id")).build();

    public static final TableDefinition THRESHOLDS =
            TableDefinition.named("thresholds", string("category")).build();

    public static final TableDefinition THRESHOLD_VERSIONS = TableDefinition.named(
                    "threshold-versions", string("category"))
            .sortKey(number("version"))
            .build();

    public static final TableDefinition PROMPTS = TableDefinition.named("prompts", string("prompt_id"))
            .sortKey(number("version"))
            .build();

    public static final TableDefinition CHANGE_REQUESTS = TableDefinition.named(
                    "change-requests", string("change_request_id"))
            .index(IndexDefinition.of("by-state", string("state"), string("created_at")))
            .build();

    /** Append-only trail, partitioned by day so "since" reads are queries. */
    public static final TableDefinition AUDIT_LOG = TableDefinition.named("audit-log", string("day"))
            .sortKey(string("entry_key"))
            .build();

    public static final TableDefinition REVIEWERS =
            TableDefinition.named("reviewers", string("reviewer_id")).build();

    /** Review outcomes by topic, newest last: what confidence calibration learns from. */
    public static final TableDefinition REVIEW_OUTCOMES = TableDefinition.named("review-outcomes", string("topic"))
            .sortKey(string("outcome_key"))
            .build();

    /** Confidence histograms per category and UTC hour (layout: {@code TurnStatsAttributes}). */
    public static final TableDefinition CONFIDENCE_HISTOGRAMS = TableDefinition.named(
                    "confidence-histograms", string("category"))
            .sortKey(string("hour"))
            .ttl("expires_at")
            .build();

    /** Routing decisions per category, variant and short time bucket (layout: {@code TurnStatsAttributes}). */
    public static final TableDefinition ROUTING_COUNTS = TableDefinition.named("routing-counts", string("category"))
            .sortKey(string("bucket"))
            .ttl("expires_at")
            .build();

    /**
     * The review service's queue signals, one item per review-queue-service instance, rewritten on every
     * stats refresh (layout: {@code ReviewSignalAttributes}); the threshold service's capacity input.
     */
    public static final TableDefinition REVIEW_SIGNALS = TableDefinition.named("review-signals", string("instance_id"))
            .ttl("expires_at")
            .build();

    /**
     * On-call incidents (console): one item per incident ({@code incident_id} {@code inc-…}: title, state, the
     * events recorded by hand or by checklist evaluations, an optimistic version), plus one marker item per alarm
     * condition with an open incident ({@code incident_id} {@code condition#<alarm>}), written conditionally so a
     * condition opens at most one incident at a time. {@code by-state} lists the open ones.
     */
    public static final TableDefinition INCIDENTS = TableDefinition.named("incidents", string("incident_id"))
            .index(IndexDefinition.of("by-state", string("state"), string("opened_at")))
            .build();

    /** Leases for single-runner jobs (watchdog scan, monitors). */
    public static final TableDefinition LOCKS =
            TableDefinition.named("locks", string("_id")).build();

    /** Requests for human review, consumed by review-queue-service (sent by the state machine). */
    public static final QueueDefinition REVIEW_QUEUE = queue("review-requests", Duration.ofSeconds(30), 5);

    /** Answers to deliver, consumed by delivery-watchdog. */
    public static final QueueDefinition DELIVERIES = queue("deliveries", Duration.ofSeconds(30), 5);

    /** Live-agent handoffs, consumed by review-queue-service's agent view. */
    public static final QueueDefinition HANDOFFS = queue("handoffs", Duration.ofSeconds(30), 5);

    /**
     * Logical name of the review state machine ({@code infra/src/main/resources/statemachines/
     * review-workflow.asl.json}); physical name {@code <prefix>-review-workflow}. Its definition takes the
     * substitutions {@code ${ReviewQueueUrl}} and {@code ${DeliveriesQueueUrl}}.
     */
    public static final String REVIEW_WORKFLOW = "review-workflow";

    /** Classpath location of the review state machine's ASL (in the {@code infra} jar). */
    public static final String REVIEW_WORKFLOW_DEFINITION = "statemachines/review-workflow.asl.json";

    private static final List<TableDefinition> TABLES = List.of(
            SESSIONS,
            CONNECTIONS,
            CUSTOMER_PROFILES,
            PRODUCTS,
            MESSAGES,
            REVIEW_TASKS,
            DELIVERY_PROMISES,
            INBOX,
            FEEDBACK,
            FEEDBACK_QUARANTINES,
            FEEDBACK_REPUTATION,
            THRESHOLDS,
            THRESHOLD_VERSIONS,
            PROMPTS,
            CHANGE_REQUESTS,
            AUDIT_LOG,
            REVIEWERS,
            REVIEW_OUTCOMES,
            CONFIDENCE_HISTOGRAMS,
            ROUTING_COUNTS,
            REVIEW_SIGNALS,
            INCIDENTS,
            LOCKS);

    private static final List<QueueDefinition> QUEUES = List.of(REVIEW_QUEUE, DELIVERIES, HANDOFFS);

    private Resources() {}

    public static List<TableDefinition> tables() {
        return TABLES;
    }

    public static List<QueueDefinition> queues() {
        return QUEUES;
    }

    public static Optional<TableDefinition> table(String logicalName) {
        return TABLES.stream().filter(t -> t.name().equals(logicalName)).findFirst();
    }

    private static QueueDefinition queue(String name, Duration visibility, int maxReceiveCount) {
        return new QueueDefinition(name, visibility, Duration.ofDays(4), maxReceiveCount, Duration.ofDays(14));
    }
}
