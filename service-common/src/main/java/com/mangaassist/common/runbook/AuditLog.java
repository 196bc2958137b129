package com.mangaassist.common.runbook;

/** The append-only audit trail (port). */
public interface AuditLog {

    void append(AuditEntry entry);
}
