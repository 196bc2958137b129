package com.mangaassist.orchestrator.followup.domain;

import com.mangaassist.model.review.ReviewRequest;

/** Where live-agent handoffs wait for an agent (the {@code handoffs} queue). */
public interface HandoffDesk {

    /** Queues {@code request}; throws when it could not be queued. */
    void enqueue(ReviewRequest request);
}
