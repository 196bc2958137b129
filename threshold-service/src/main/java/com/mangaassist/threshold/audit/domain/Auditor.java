package com.mangaassist.threshold.audit.domain;

import java.time.Clock;
import java.util.Objects;

/** Appends this service's entries to the trail, stamped with the clock and the service name. */
public final class Auditor {

    /** The {@code service} of every entry this service writes. */
    public static final String SERVICE = "threshold-service";

    private final ChangeAuditTrail trail;
    private final Clock clock;

    public Auditor(ChangeAuditTrail trail, Clock clock) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A change of configuration (or a decision about one). */
    public void record(
            String actor,
            String action,
            String category,
            String subject,
            String reason,
            String before,
            String after,
            String summary) {
        trail.append(new ChangeAuditEntry(
                clock.instant(), SERVICE, actor, action, category, subject, reason, before, after, false, summary));
    }

    /** A refusal: nothing changed, and who tried what is on record. */
    public void refusal(String actor, String action, String category, String subject, String code, String message) {
        trail.append(new ChangeAuditEntry(
                clock.instant(), SERVICE, actor, action + ":refused", category, subject, code, "", "", false, message));
    }
}
