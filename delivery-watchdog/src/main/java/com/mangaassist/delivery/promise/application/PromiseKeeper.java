package com.mangaassist.delivery.promise.application;

import com.mangaassist.delivery.promise.domain.CustomerConnections;
import com.mangaassist.delivery.promise.domain.DeliveryChannel;
import com.mangaassist.delivery.promise.domain.DeliveryFailedException;
import com.mangaassist.delivery.promise.domain.DeliveryPromises;
import com.mangaassist.delivery.promise.domain.DeliveryPromises.SettledAs;
import com.mangaassist.delivery.promise.domain.PostOutcome;
import com.mangaassist.delivery.promise.domain.Promise;
import com.mangaassist.model.chat.ServerMessage;
import java.time.Clock;

/**
 * Keeps a claimed promise: post to its connection, else the fallback chain; then settle it with one
 * conditional write. On failure the claim is given back and the failure surfaces.
 *
 * <p>Crash window: a post that succeeded followed by a crash before {@code settle} leaves the promise
 * PENDING; once the claim expires the next attempt posts again (one duplicate, dropped by clients by
 * {@code messageId}).
 */
public final class PromiseKeeper {

    private final DeliveryPromises promises;
    private final CustomerConnections connections;
    private final FallbackChain fallback;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public PromiseKeeper(
            DeliveryPromises promises,
            CustomerConnections connections,
            FallbackChain fallback,
            DeliveryMetrics metrics,
            Clock clock) {
        this.promises = promises;
        this.connections = connections;
        this.fallback = fallback;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Keeps {@code promise} (which this worker has claimed) with {@code message}; {@code late} marks a
     * post to the connection as FALLBACK rather than DELIVERED.
     */
    public SettledAs keep(Promise promise, ServerMessage message, boolean late) {
        SettledAs settledAs;
        try {
            PostOutcome outcome = promise.connection()
                    .map(connection -> connections.post(connection, message))
                    .orElseGet(PostOutcome.Gone::new);
            if (outcome instanceof PostOutcome.Posted) {
                settledAs = late ? SettledAs.FALLBACK_WEBSOCKET : SettledAs.DELIVERED_WEBSOCKET;
            } else {
                DeliveryChannel channel = fallback.keep(promise, message);
                settledAs = SettledAs.fallbackThrough(channel);
            }
        } catch (DeliveryFailedException failure) {
            giveBack(promise, failure);
            throw failure;
        }
        if (!promises.settle(promise.messageId(), settledAs, clock.instant())) {
            metrics.duplicateSkipped("settled_by_another");
            return settledAs;
        }
        if (settledAs.fallback()) {
            metrics.fallback(settledAs.channel());
        } else {
            metrics.delivered();
        }
        return settledAs;
    }

    private void giveBack(Promise promise, DeliveryFailedException failure) {
        try {
            promises.release(promise.messageId());
        } catch (RuntimeException releaseFailed) {
            // the claim then expires by itself; the delivery failure is what surfaces
            failure.addSuppressed(releaseFailed);
        }
    }
}
