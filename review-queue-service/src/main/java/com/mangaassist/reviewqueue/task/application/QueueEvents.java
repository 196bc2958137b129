package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import java.time.Instant;

/** Arrivals and completions, for the queue's rates and SLA signals (port). */
public interface QueueEvents {

    void arrived(ReviewTask task, Instant at);

    /** {@code task} is in its final status; {@code at} is when it got there. */
    void completed(ReviewTask task, Instant at);

    QueueEvents NONE = new QueueEvents() {
        @Override
        public void arrived(ReviewTask task, Instant at) {}

        @Override
        public void completed(ReviewTask task, Instant at) {}
    };
}
