package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.reviewqueue.task.domain.ReviewTask;

/** How sending an answer through the workflow ended. */
public sealed interface Delivered {

    /** The workflow took the answer; {@code task} is in its final status. */
    record Sent(ReviewTask task) implements Delivered {}

    /** The workflow had already given up (timed out or gone): {@code task} is {@code TIMED_OUT}. */
    record TooLate(ReviewTask task) implements Delivered {}

    /** Someone changed the task first; nothing was sent. */
    record Conflict() implements Delivered {}
}
