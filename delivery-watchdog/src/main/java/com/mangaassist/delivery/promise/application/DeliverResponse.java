package com.mangaassist.delivery.promise.application;

import com.mangaassist.delivery.promise.domain.ClaimOutcome;
import com.mangaassist.delivery.promise.domain.CustomerConnections;
import com.mangaassist.delivery.promise.domain.CustomerMessages;
import com.mangaassist.delivery.promise.domain.DeliveryFailedException;
import com.mangaassist.delivery.promise.domain.DeliveryPromises;
import com.mangaassist.delivery.promise.domain.DeliveryPromises.SettledAs;
import com.mangaassist.delivery.promise.domain.FailureKind;
import com.mangaassist.delivery.promise.domain.Inbox;
import com.mangaassist.delivery.promise.domain.PostOutcome;
import com.mangaassist.model.delivery.DeliveryKind;
import com.mangaassist.model.delivery.DeliveryRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Handles one {@link DeliveryRequest} from the deliveries queue: claim the promise, post, settle; or
 * drain the user's inbox to a new connection.
 *
 * @throws DeliveryFailedException for every failure that must leave the queue message unacknowledged
 */
public final class DeliverResponse {

    private static final Duration DEFER_SLACK = Duration.ofSeconds(1);

    private final DeliveryPromises promises;
    private final PromiseKeeper keeper;
    private final Inbox inbox;
    private final CustomerConnections connections;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final Duration claimLease;

    public DeliverResponse(
            DeliveryPromises promises,
            PromiseKeeper keeper,
            Inbox inbox,
            CustomerConnections connections,
            DeliveryMetrics metrics,
            Clock clock,
            Duration claimLease) {
        this.promises = promises;
        this.keeper = keeper;
        this.inbox = inbox;
        this.connections = connections;
        this.metrics = metrics;
        this.clock = clock;
        this.claimLease = claimLease;
    }

    public Handled handle(DeliveryRequest request) {
        if (request.kind() == DeliveryKind.INBOX_DRAIN) {
            return drainInbox(request.userId(), request.connectionId());
        }
        Instant now = clock.instant();
        ClaimOutcome claim = promises.claim(request.messageId(), now, now.plus(claimLease));
        if (claim instanceof ClaimOutcome.Missing) {
            throw new DeliveryFailedException(
                    FailureKind.NO_PROMISE, request.messageId(), "no delivery promise for this message id");
        }
        if (claim instanceof ClaimOutcome.AlreadySettled) {
            metrics.duplicateSkipped("already_settled");
            return new Handled.Done("already " + ((ClaimOutcome.AlreadySettled) claim).status());
        }
        if (claim instanceof ClaimOutcome.Busy) {
            metrics.duplicateSkipped("claimed_by_another");
            Duration wait = Duration.between(now, ((ClaimOutcome.Busy) claim).until());
            return new Handled.Deferred((wait.isNegative() ? Duration.ZERO : wait).plus(DEFER_SLACK));
        }
        ClaimOutcome.Claimed claimed = (ClaimOutcome.Claimed) claim;
        SettledAs settled = keeper.keep(claimed.promise(), CustomerMessages.of(request), false);
        return new Handled.Done(settled.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Posts every inbox item, oldest first, deleting each only after its post succeeded. */
    Handled drainInbox(String userId, String connectionId) {
        int drained = 0;
        for (Inbox.InboxItem item : inbox.items(userId)) {
            PostOutcome outcome = connections.post(connectionId, item.message());
            if (outcome instanceof PostOutcome.Gone) {
                return new Handled.Done("connection gone after " + drained + " inbox items");
            }
            inbox.remove(userId, item.itemKey());
            metrics.inboxItemDrained();
            drained++;
        }
        return new Handled.Done("drained " + drained + " inbox items");
    }
}
