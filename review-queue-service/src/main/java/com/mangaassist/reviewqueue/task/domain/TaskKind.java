package com.mangaassist.reviewqueue.task.domain;

/** A review of an AI draft (with a workflow waiting on it) or a live handoff for an agent (no workflow). */
public enum TaskKind {
    REVIEW("rt-"),
    HANDOFF("ho-");

    private final String idPrefix;

    TaskKind(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** Deterministic task id: one task of each kind per customer turn, so intake is idempotent. */
    public String taskIdFor(String messageId) {
        return idPrefix + messageId;
    }
}
