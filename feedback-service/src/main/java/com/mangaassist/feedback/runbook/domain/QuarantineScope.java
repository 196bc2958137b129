package com.mangaassist.feedback.runbook.domain;

/** What a quarantine covers: every signal of an account, or of a session. */
public enum QuarantineScope {
    ACCOUNT("account"),
    SESSION("session");

    private final String prefix;

    QuarantineScope(String prefix) {
        this.prefix = prefix;
    }

    /** The subject key of {@code id} in this scope, as the quarantine table stores it. */
    public String subject(String id) {
        return prefix + ":" + id;
    }
}
