/**
 * The review contract. The orchestrator starts the review state machine with a
 * {@link com.mangaassist.model.review.ReviewExecutionInput} (execution name = message id); the state
 * machine's {@code EnqueueForReview} state sends a {@link com.mangaassist.model.review.ReviewRequest}
 * (with the task token) to the {@code review-requests} queue; review-queue-service answers with
 * {@code SendTaskSuccess} whose output is a {@link com.mangaassist.model.delivery.DeliveryRequest}.
 * Live handoffs skip the workflow: the orchestrator sends a {@code ReviewRequest} of kind
 * {@code handoff} (no token) to the {@code handoffs} queue.
 */
package com.mangaassist.model.review;
