package com.mangaassist.reviewqueue.task.domain;

/** What a reviewer decided about a draft. */
public enum ReviewDecision {
    APPROVE,
    EDIT,
    REJECT
}
