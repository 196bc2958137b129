package com.mangaassist.delivery.promise.domain;

import com.mangaassist.model.delivery.PromiseStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code delivery-promises} table. Every state change is a single-item conditional write: a
 * promise is claimed before posting, settled once, and a heartbeat is recorded by one runner only.
 */
public interface DeliveryPromises {

    Optional<Promise> find(String messageId);

    /** Claims a PENDING promise whose previous claim (if any) has expired, until {@code until}. */
    ClaimOutcome claim(String messageId, Instant now, Instant until);

    /** Gives a claim back after a failure, so the next attempt need not wait for it to expire. */
    void release(String messageId);

    /**
     * PENDING → {@code status} with {@code channel}; false when the promise was no longer PENDING (so
     * nothing was written).
     */
    boolean settle(String messageId, SettledAs settledAs, Instant now);

    /**
     * Records a heartbeat at {@code now} when the promise is still PENDING, unclaimed, not due, and its
     * last heartbeat is not after {@code lastNotAfter}; false when another runner got there first.
     */
    boolean recordHeartbeat(String messageId, Instant now, Instant lastNotAfter);

    /** PENDING promises with {@code due_at <= now}, oldest due first (by-status-due, every page). */
    List<Promise> pendingDueBy(Instant now);

    /** PENDING promises with {@code due_at > now} (by-status-due, every page). */
    List<Promise> pendingDueAfter(Instant now);

    /** PENDING promises created in [{@code from}, {@code to}] (by-status-due with a filter, every page). */
    List<Promise> pendingCreatedBetween(Instant from, Instant to);

    /**
     * How many promises in {@code status} are due in [{@code dueFrom}, {@code dueTo}) (by-status-due, a counting
     * query: nothing is read into memory), stopping at {@code limit} (then the count is {@code limit} and {@link
     * Count#truncated()} true).
     */
    Count count(PromiseStatus status, Instant dueFrom, Instant dueTo, long limit);

    /** A bounded count. */
    record Count(long value, boolean truncated) {}

    /** How a promise was settled: DELIVERED to the connection or FALLBACK through a channel. */
    enum SettledAs {
        DELIVERED_WEBSOCKET(DeliveryChannel.WEBSOCKET, false),
        FALLBACK_WEBSOCKET(DeliveryChannel.WEBSOCKET, true),
        FALLBACK_INBOX(DeliveryChannel.INBOX, true),
        FALLBACK_EMAIL(DeliveryChannel.EMAIL, true),
        FALLBACK_INBOX_AND_EMAIL(DeliveryChannel.INBOX_AND_EMAIL, true);

        private final DeliveryChannel channel;
        private final boolean fallback;

        SettledAs(DeliveryChannel channel, boolean fallback) {
            this.channel = channel;
            this.fallback = fallback;
        }

        public DeliveryChannel channel() {
            return channel;
        }

        public boolean fallback() {
            return fallback;
        }

        public static SettledAs fallbackThrough(DeliveryChannel channel) {
            for (SettledAs value : values()) {
                if (value.fallback && value.channel == channel) {
                    return value;
                }
            }
            throw new IllegalArgumentException(channel.code());
        }
    }
}
