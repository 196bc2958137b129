package com.mangaassist.threshold.testing;

import com.mangaassist.threshold.audit.domain.ChangeAuditEntry;
import com.mangaassist.threshold.audit.domain.ChangeAuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit trail in memory. */
public final class RecordingTrail implements ChangeAuditTrail {

    public final List<ChangeAuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(ChangeAuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<ChangeAuditEntry> read(
            Instant since, Instant until, Optional<String> category, int limit) {
        return entries.stream()
                .filter(e -> !e.at().isBefore(since) && e.at().isBefore(until))
                .filter(e ->
                        category.isEmpty() || List.of(e.category().split(",")).contains(category.get()))
                .limit(limit)
                .toList();
    }

    public synchronized List<String> actions() {
        return entries.stream().map(ChangeAuditEntry::action).toList();
    }
}
