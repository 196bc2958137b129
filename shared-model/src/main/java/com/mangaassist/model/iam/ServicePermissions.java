package com.mangaassist.model.iam;

import static com.mangaassist.model.resources.Resources.AUDIT_LOG;
import static com.mangaassist.model.resources.Resources.CHANGE_REQUESTS;
import static com.mangaassist.model.resources.Resources.CONFIDENCE_HISTOGRAMS;
import static com.mangaassist.model.resources.Resources.CONNECTIONS;
import static com.mangaassist.model.resources.Resources.CUSTOMER_PROFILES;
import static com.mangaassist.model.resources.Resources.DELIVERIES;
import static com.mangaassist.model.resources.Resources.DELIVERY_PROMISES;
import static com.mangaassist.model.resources.Resources.FEEDBACK;
import static com.mangaassist.model.resources.Resources.FEEDBACK_QUARANTINES;
import static com.mangaassist.model.resources.Resources.FEEDBACK_REPUTATION;
import static com.mangaassist.model.resources.Resources.HANDOFFS;
import static com.mangaassist.model.resources.Resources.INBOX;
import static com.mangaassist.model.resources.Resources.INCIDENTS;
import static com.mangaassist.model.resources.Resources.LOCKS;
import static com.mangaassist.model.resources.Resources.MESSAGES;
import static com.mangaassist.model.resources.Resources.PROMPTS;
import static com.mangaassist.model.resources.Resources.REVIEWERS;
import static com.mangaassist.model.resources.Resources.REVIEW_OUTCOMES;
import static com.mangaassist.model.resources.Resources.REVIEW_QUEUE;
import static com.mangaassist.model.resources.Resources.REVIEW_SIGNALS;
import static com.mangaassist.model.resources.Resources.REVIEW_TASKS;
import static com.mangaassist.model.resources.Resources.ROUTING_COUNTS;
import static com.mangaassist.model.resources.Resources.SESSIONS;
import static com.mangaassist.model.resources.Resources.THRESHOLDS;
import static com.mangaassist.model.resources.Resources.THRESHOLD_VERSIONS;

import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.TableDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each service's task role may do in AWS: every action its code calls, on exactly the tables, indexes,
 * queues and named resources it calls it on. One declaration read by both sides: each service's
 * {@code *AwsCallsAreDeclaredTest} checks it against the SDK calls in the service's bytecode, and the CDK app in
 * {@code infra} builds the task roles from it (and its template check compares the synthesized policies with it).
 *
 * <p>Why: runbook scenario 4 (the watchdog lost {@code execute-api:ManageConnections} in a refactor and nothing
 * noticed). A right a service needs but lacks, or holds but never uses, turns a build red.
 */
public final class ServicePermissions {

    public static final String ORCHESTRATOR = "orchestrator-service";
    public static final String REVIEW_QUEUE_SERVICE = "review-queue-service";
    public static final String FEEDBACK_SERVICE = "feedback-service";
    public static final String THRESHOLD_SERVICE = "threshold-service";
    public static final String DELIVERY_WATCHDOG = "delivery-watchdog";
    public static final String CONSOLE = "console";

    private static final String GET = "dynamodb:GetItem";
    private static final String BATCH_GET = "dynamodb:BatchGetItem";
    private static final String PUT = "dynamodb:PutItem";
    private static final String UPDATE = "dynamodb:UpdateItem";
    private static final String DELETE = "dynamodb:DeleteItem";
    private static final String QUERY = "dynamodb:Query";
    private static final String SCAN = "dynamodb:Scan";
    private static final String QUEUE_URL = "sqs:GetQueueUrl";
    private static final String SEND = "sqs:SendMessage";
    private static final String RECEIVE = "sqs:ReceiveMessage";
    private static final String DELETE_MESSAGE = "sqs:DeleteMessage";
    private static final String CHANGE_VISIBILITY = "sqs:ChangeMessageVisibility";
    private static final String MANAGE_CONNECTIONS = "execute-api:ManageConnections";
    private static final String PAGE = "sns:Publish";

    /** Publishing meters (micrometer-registry-cloudwatch2 in the {@code aws} profile): every service. */
    public static final String PUBLISH_METRICS = "cloudwatch:PutMetricData";

    private static final Map<String, List<Grant>> GRANTS = new LinkedHashMap<>();

    static {
        GRANTS.put(
                ORCHESTRATOR,
                new Builder()
                        .table(THRESHOLDS, GET)
                        .table(CUSTOMER_PROFILES, GET, PUT)
                        .table(PROMPTS, QUERY)
                        .table(CONFIDENCE_HISTOGRAMS, UPDATE)
                        .table(ROUTING_COUNTS, UPDATE)
                        .table(CONNECTIONS, GET, PUT, DELETE)
                        .table(SESSIONS, PUT, UPDATE)
                        .table(MESSAGES, PUT, UPDATE)
                        .table(DELIVERY_PROMISES, PUT)
                        .table(REVIEW_OUTCOMES, PUT, QUERY)
                        .queue(HANDOFFS, QUEUE_URL, SEND)
                        .queue(DELIVERIES, QUEUE_URL, SEND)
                        .named(NamedResource.REVIEW_WORKFLOW, "states:StartExecution")
                        .named(NamedResource.FOUNDATION_MODELS, "bedrock:InvokeModel")
                        .named(NamedResource.CONNECTION_POST, MANAGE_CONNECTIONS)
                        .named(NamedResource.CATALOG_COLLECTION, "aoss:APIAccessAll")
                        .named(NamedResource.METRICS_NAMESPACE, PUBLISH_METRICS)
                        .build());
        GRANTS.put(
                REVIEW_QUEUE_SERVICE,
                new Builder()
                        .table(REVIEW_TASKS, GET, PUT)
                        .index(REVIEW_TASKS, "by-status-priority", QUERY)
                        .index(REVIEW_TASKS, "by-reviewer", QUERY)
                        .table(REVIEW_OUTCOMES, PUT)
                        .table(REVIEWERS, GET, PUT, SCAN)
                        .table(REVIEW_SIGNALS, PUT)
                        .table(LOCKS, GET, PUT)
                        .table(AUDIT_LOG, PUT)
                        .queue(REVIEW_QUEUE, QUEUE_URL, RECEIVE, DELETE_MESSAGE)
                        .queue(HANDOFFS, QUEUE_URL, RECEIVE, DELETE_MESSAGE)
                        .named(NamedResource.REVIEW_WORKFLOW, "states:SendTaskSuccess", "states:SendTaskHeartbeat")
                        .named(NamedResource.PAGES_TOPIC, PAGE)
                        .named(NamedResource.METRICS_NAMESPACE, PUBLISH_METRICS)
                        .build());
        GRANTS.put(
                FEEDBACK_SERVICE,
                new Builder()
                        .table(FEEDBACK, GET, BATCH_GET, PUT, UPDATE)
                        .index(FEEDBACK, "by-user", QUERY)
                        .index(FEEDBACK, "by-session", QUERY)
                        .index(FEEDBACK, "by-day", QUERY)
                        .table(FEEDBACK_QUARANTINES, GET, BATCH_GET, PUT)
                        .table(FEEDBACK_REPUTATION, GET, BATCH_GET, UPDATE)
                        .table(CUSTOMER_PROFILES, BATCH_GET)
                        .table(MESSAGES, GET, BATCH_GET, PUT)
                        .index(REVIEW_TASKS, "by-message", QUERY)
                        .table(PROMPTS, QUERY)
                        .table(CHANGE_REQUESTS, PUT, SCAN)
                        .table(LOCKS, GET, PUT)
                        .table(AUDIT_LOG, PUT)
                        .named(NamedResource.PAGES_TOPIC, PAGE)
                        .named(NamedResource.METRICS_NAMESPACE, PUBLISH_METRICS)
                        .build());
        GRANTS.put(
                THRESHOLD_SERVICE,
                new Builder()
                        .table(THRESHOLDS, GET, PUT)
                        .table(THRESHOLD_VERSIONS, GET, PUT, QUERY)
                        .table(PROMPTS, PUT, QUERY)
                        .table(CHANGE_REQUESTS, GET, PUT, UPDATE)
                        .index(CHANGE_REQUESTS, "by-state", QUERY)
                        .table(CONFIDENCE_HISTOGRAMS, QUERY)
                        .table(ROUTING_COUNTS, QUERY)
                        .index(FEEDBACK, "by-day", QUERY)
                        .table(REVIEW_SIGNALS, SCAN)
                        .table(AUDIT_LOG, PUT, QUERY)
                        .table(LOCKS, GET, PUT)
                        .named(NamedResource.PAGES_TOPIC, PAGE)
                        .named(NamedResource.METRICS_NAMESPACE, PUBLISH_METRICS)
                        .build());
        GRANTS.put(
                DELIVERY_WATCHDOG,
                new Builder()
                        .table(DELIVERY_PROMISES, GET, UPDATE)
                        .index(DELIVERY_PROMISES, "by-status-due", QUERY)
                        .table(INBOX, PUT, DELETE, QUERY)
                        .table(AUDIT_LOG, GET, PUT)
                        .table(CUSTOMER_PROFILES, GET)
                        .table(LOCKS, GET, UPDATE)
                        .queue(DELIVERIES, QUEUE_URL, RECEIVE, DELETE_MESSAGE, CHANGE_VISIBILITY)
                        .named(NamedResource.CONNECTION_POST, MANAGE_CONNECTIONS)
                        .named(NamedResource.CONNECTION_GET, MANAGE_CONNECTIONS)
                        .named(NamedResource.EMAIL_IDENTITY, "ses:SendEmail")
                        .named(NamedResource.METRICS_NAMESPACE, PUBLISH_METRICS)
                        .build());
        GRANTS.put(
                CONSOLE,
                new Builder()
                        // on-call incidents (the live escalation checklist opens them)
                        .table(INCIDENTS, GET, PUT, UPDATE, DELETE)
                        .index(INCIDENTS, "by-state", QUERY)
                        // checklist step 6: review executions stuck or timed out
                        .named(NamedResource.REVIEW_WORKFLOW, "states:ListExecutions")
                        .named(NamedResource.METRICS_NAMESPACE, PUBLISH_METRICS)
                        .build());
    }

    private ServicePermissions() {}

    /** The services that run with a task role, in deployment order. */
    public static Set<String> services() {
        return GRANTS.keySet();
    }

    /**
     * The grants of one service.
     *
     * @throws IllegalArgumentException for a name that is not a service of the suite
     */
    public static List<Grant> of(String service) {
        List<Grant> grants = GRANTS.get(service);
        if (grants == null) {
            throw new IllegalArgumentException("no such service: " + service + " (one of " + GRANTS.keySet() + ")");
        }
        return grants;
    }

    /** Collects grants; each call names one resource and the actions on it. */
    private static final class Builder {
        private final List<Grant> grants = new ArrayList<>();

        Builder table(TableDefinition table, String... actions) {
            return add(new ResourceRef.Table(table), actions);
        }

        Builder index(TableDefinition table, String index, String... actions) {
            return add(
                    new ResourceRef.Index(
                            table,
                            table.index(index)
                                    .orElseThrow(() ->
                                            new IllegalArgumentException(table.name() + " has no index " + index))),
                    actions);
        }

        Builder queue(QueueDefinition queue, String... actions) {
            return add(new ResourceRef.Queue(queue), actions);
        }

        Builder named(NamedResource resource, String... actions) {
            return add(new ResourceRef.Named(resource), actions);
        }

        private Builder add(ResourceRef resource, String... actions) {
            for (String action : actions) {
                grants.add(new Grant(action, resource));
            }
            return this;
        }

        List<Grant> build() {
            return List.copyOf(grants);
        }
    }
}
