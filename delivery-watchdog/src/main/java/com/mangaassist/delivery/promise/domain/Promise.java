package com.mangaassist.delivery.promise.domain;

import com.mangaassist.model.delivery.PromiseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A delivery promise as the orchestrator wrote it: the customer was told an answer will come to
 * {@code connectionId} by {@code dueAt}. {@code draft} is the AI draft, so a fallback always has
 * something true to say.
 */
public record Promise(
        String messageId,
        String userId,
        String connectionId,
        Instant createdAt,
        Instant dueAt,
        PromiseStatus status,
        String lang,
        String promiseKind,
        String draft,
        Instant lastHeartbeatAt) {

    public Promise {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
    }

    public boolean japanese() {
        return "ja".equalsIgnoreCase(lang);
    }

    public boolean overdueAt(Instant now) {
        return status == PromiseStatus.PENDING && !dueAt.isAfter(now);
    }

    public Duration elapsed(Instant now) {
        Duration elapsed = Duration.between(createdAt, now);
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    public Optional<String> connection() {
        return Optional.ofNullable(connectionId).filter(c -> !c.isBlank());
    }

    /**
     * Whether a heartbeat is due: still pending, not yet due, and at least {@code interval} since the
     * last heartbeat (or since the promise was made).
     */
    public boolean heartbeatDueAt(Instant now, Duration interval) {
        if (status != PromiseStatus.PENDING || !dueAt.isAfter(now)) {
            return false;
        }
        Instant last = lastHeartbeatAt == null ? createdAt : lastHeartbeatAt;
        return !last.plus(interval).isAfter(now);
    }
}
