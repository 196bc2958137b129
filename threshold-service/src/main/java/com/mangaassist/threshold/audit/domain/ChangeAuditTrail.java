package com.mangaassist.threshold.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The append-only trail (port): appended to by every change, read by staff. */
public interface ChangeAuditTrail {

    /** Most entries one read returns. */
    int MAX_READ = 1000;

    void append(ChangeAuditEntry entry);

    /**
     * Entries with {@code since ≤ at < until}, oldest first, at most {@code limit} (≤ {@link #MAX_READ}),
     * optionally only those about {@code category}.
     */
    List<ChangeAuditEntry> read(Instant since, Instant until, Optional<String> category, int limit);
}
