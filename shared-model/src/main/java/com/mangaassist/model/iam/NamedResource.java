package com.mangaassist.model.iam;

/**
 * AWS resources a grant can name that are not a table or a queue of {@code Resources}: the infrastructure
 * turns each into the ARN of the resource it creates (or, for Bedrock, the foundation models it is
 * configured with).
 */
public enum NamedResource {
    /** {@code POST @connections/{id}} of the WebSocket API: send a frame to a connection. */
    CONNECTION_POST,
    /** {@code GET @connections/{id}}: is the connection still there. */
    CONNECTION_GET,
    /** {@code DELETE @connections/{id}}: close a connection. */
    CONNECTION_DELETE,
    /** The review state machine ({@code Resources.REVIEW_WORKFLOW}). */
    REVIEW_WORKFLOW,
    /** The Bedrock foundation models the orchestrator answers and embeds with (Haiku, Sonnet, Titan). */
    FOUNDATION_MODELS,
    /** The SES identity (domain) the watchdog sends fallback e-mail from. */
    EMAIL_IDENTITY,
    /** The SNS topic that pages on-call. */
    PAGES_TOPIC,
    /** The OpenSearch Serverless collection holding the catalog index. */
    CATALOG_COLLECTION,
    /**
     * The CloudWatch namespace the services' meters are published to. PutMetricData has no resource-level
     * permission: the grant is on {@code *} with the condition {@code cloudwatch:namespace} = the namespace, the
     * one wildcard resource a task role may hold. The call is made by micrometer-registry-cloudwatch2, not by our
     * adapters, so the code-derived check leaves it out.
     */
    METRICS_NAMESPACE
}
