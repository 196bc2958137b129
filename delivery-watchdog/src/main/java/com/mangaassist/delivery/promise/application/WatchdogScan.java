package com.mangaassist.delivery.promise.application;

import com.mangaassist.delivery.promise.domain.ClaimOutcome;
import com.mangaassist.delivery.promise.domain.CustomerConnections;
import com.mangaassist.delivery.promise.domain.CustomerMessages;
import com.mangaassist.delivery.promise.domain.DeliveryFailedException;
import com.mangaassist.delivery.promise.domain.DeliveryPromises;
import com.mangaassist.delivery.promise.domain.DeliveryPromises.SettledAs;
import com.mangaassist.delivery.promise.domain.PostOutcome;
import com.mangaassist.delivery.promise.domain.Promise;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic scan, run by one instance at a time (a lease on the LOCKS table): overdue PENDING
 * promises get their fallback (the draft with apology and disclaimers to the connection; gone → inbox
 * and email), PENDING promises not yet due get a heartbeat per interval.
 *
 * <p>A failure on one promise is an error (log with message id, metric by kind) and leaves that promise
 * PENDING for the next run; the scan goes on with the others.
 */
public final class WatchdogScan {

    public static final String LEASE_NAME = "delivery-watchdog-scan";
    private static final Logger log = LoggerFactory.getLogger(WatchdogScan.class);

    private final DeliveryPromises promises;
    private final PromiseKeeper keeper;
    private final CustomerConnections connections;
    private final JobLease lease;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final WatchdogSettings settings;

    public WatchdogScan(
            DeliveryPromises promises,
            PromiseKeeper keeper,
            CustomerConnections connections,
            JobLease lease,
            DeliveryMetrics metrics,
            Clock clock,
            WatchdogSettings settings) {
        this.promises = promises;
        this.keeper = keeper;
        this.connections = connections;
        this.lease = lease;
        this.metrics = metrics;
        this.clock = clock;
        this.settings = settings;
    }

    /** What one run did. */
    public record Report(int overdue, int keptLate, int heartbeats, int failed, int skipped) {}

    /** Runs the scan if this instance gets the lease; empty when another instance holds it. */
    public Optional<Report> run() {
        Instant start = clock.instant();
        Optional<JobLease.Held> held = lease.acquire(LEASE_NAME, start, start.plus(settings.lockAtMostFor()));
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Report report = null;
        try {
            report = scan(start);
            return Optional.of(report);
        } finally {
            Instant end = clock.instant();
            Instant atLeast = start.plus(settings.lockAtLeastFor());
            Instant until = end.isAfter(atLeast) ? end : atLeast;
            if (report != null) {
                lease.releaseCompleted(held.get(), until, end);
            } else {
                lease.release(held.get(), until);
            }
            metrics.watchdogRun(Duration.between(start, end));
        }
    }

    private Report scan(Instant now) {
        List<Promise> overdue = promises.pendingDueBy(now);
        List<Promise> notDue = promises.pendingDueAfter(now);
        Duration oldest = Stream.concat(overdue.stream(), notDue.stream())
                .map(p -> p.elapsed(now))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
        metrics.pendingSnapshot(overdue.size(), overdue.size() + notDue.size(), oldest);
        int kept = 0;
        int failed = 0;
        int skipped = 0;
        for (Promise promise : overdue) {
            Outcome outcome = keepLate(promise, now);
            kept += outcome == Outcome.DONE ? 1 : 0;
            failed += outcome == Outcome.FAILED ? 1 : 0;
            skipped += outcome == Outcome.SKIPPED ? 1 : 0;
        }
        int heartbeats = 0;
        for (Promise promise : notDue) {
            Outcome outcome = heartbeat(promise, now);
            heartbeats += outcome == Outcome.DONE ? 1 : 0;
            failed += outcome == Outcome.FAILED ? 1 : 0;
        }
        return new Report(overdue.size(), kept, heartbeats, failed, skipped);
    }

    private enum Outcome {
        DONE,
        SKIPPED,
        FAILED
    }

    /** Claims an overdue promise and keeps it late: {@link CustomerMessages#overdue(Promise)}. */
    Outcome keepLate(Promise promise, Instant now) {
        ClaimOutcome claim = promises.claim(promise.messageId(), now, now.plus(settings.claimLease()));
        if (!(claim instanceof ClaimOutcome.Claimed)) {
            metrics.duplicateSkipped("watchdog_not_claimed");
            return Outcome.SKIPPED;
        }
        Promise current = ((ClaimOutcome.Claimed) claim).promise();
        try {
            SettledAs settled = keeper.keep(current, CustomerMessages.overdue(current), true);
            log.info(
                    "watchdog kept overdue promise {} through {}",
                    current.messageId(),
                    settled.channel().code());
            return Outcome.DONE;
        } catch (DeliveryFailedException failure) {
            failed(failure, "watchdog fallback");
            return Outcome.FAILED;
        }
    }

    private Outcome heartbeat(Promise promise, Instant now) {
        Duration interval = settings.heartbeatInterval();
        if (!promise.heartbeatDueAt(now, interval) || promise.connection().isEmpty()) {
            return Outcome.SKIPPED;
        }
        if (!promises.recordHeartbeat(promise.messageId(), now, now.minus(interval))) {
            return Outcome.SKIPPED;
        }
        try {
            PostOutcome outcome = connections.post(
                    promise.connectionId(), CustomerMessages.heartbeat(promise.messageId(), promise.elapsed(now)));
            if (outcome instanceof PostOutcome.Gone) {
                // the promise stays PENDING: at its due time the fallback chain keeps it
                return Outcome.SKIPPED;
            }
            metrics.heartbeatSent();
            return Outcome.DONE;
        } catch (DeliveryFailedException failure) {
            failed(failure, "heartbeat");
            return Outcome.FAILED;
        }
    }

    private void failed(DeliveryFailedException failure, String step) {
        metrics.error(failure.kind());
        log.error(
                "{} failed for message {}: {} ({})",
                step,
                failure.messageId(),
                failure.kind().tag(),
                failure.getMessage(),
                failure);
    }
}
