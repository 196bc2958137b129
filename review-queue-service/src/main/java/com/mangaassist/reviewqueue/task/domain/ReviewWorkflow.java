package com.mangaassist.reviewqueue.task.domain;

import com.mangaassist.model.delivery.DeliveryRequest;

/**
 * The workflow waiting on a review task (port; Step Functions in AWS). Failures other than "gone" (the
 * service unreachable, throttled) are thrown as {@link WorkflowUnavailableException}.
 */
public interface ReviewWorkflow {

    /** Completes the wait: the workflow forwards {@code delivery} to the deliveries queue as is. */
    WorkflowResult succeed(TaskToken token, DeliveryRequest delivery);

    /** Tells the workflow the task is still being worked on (resets its heartbeat timer). */
    WorkflowResult heartbeat(TaskToken token);
}
