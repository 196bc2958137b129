package com.mangaassist.feedback.runbook.domain;

/** The append-only audit trail (port). */
public interface AuditLog {

    void append(AuditEntry entry);
}
