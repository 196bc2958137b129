package com.mangaassist.threshold.audit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the trail. {@code category} is a topic code or empty when the entry is not about one
 * category; {@code subject} is the change request, override or prompt it concerns; {@code before} and
 * {@code after} describe the configuration around the action (empty when nothing changed, e.g. a
 * refusal). {@code service} names the writer: the trail is shared by every service.
 */
public record ChangeAuditEntry(
        Instant at,
        String service,
        String actor,
        String action,
        String category,
        String subject,
        String reason,
        String before,
        String after,
        boolean dryRun,
        String summary) {

    public ChangeAuditEntry {
        Objects.requireNonNull(at, "at");
        service = orEmpty(service);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        category = orEmpty(category);
        subject = orEmpty(subject);
        reason = orEmpty(reason);
        before = orEmpty(before);
        after = orEmpty(after);
        summary = orEmpty(summary);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
