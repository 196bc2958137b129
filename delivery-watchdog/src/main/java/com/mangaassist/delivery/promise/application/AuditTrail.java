package com.mangaassist.delivery.promise.application;

import java.time.Instant;

/** The append-only audit log of on-call actions. */
public interface AuditTrail {

    void record(Entry entry);

    record Entry(Instant at, String actor, String action, String reason, boolean dryRun, String summary) {}
}
