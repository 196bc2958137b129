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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 4's on-call actions, idempotent by construction (they act only on PENDING promises and claim
 * each before posting) and audited: retry stuck deliveries in a creation window, and apologise to
 * connected users whose promises are overdue.
 */
public final class DeliveryRunbooks {

    public static final String RETRY = "deliveries.retry";
    public static final String APOLOGIES = "deliveries.apologies";
    private static final Logger log = LoggerFactory.getLogger(DeliveryRunbooks.class);

    private final DeliveryPromises promises;
    private final PromiseKeeper keeper;
    private final CustomerConnections connections;
    private final AuditTrail audit;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final Duration maxWindow;
    private final Duration claimLease;

    public DeliveryRunbooks(
            DeliveryPromises promises,
            PromiseKeeper keeper,
            CustomerConnections connections,
            AuditTrail audit,
            DeliveryMetrics metrics,
            Clock clock,
            Duration maxWindow,
            Duration claimLease) {
        this.promises = promises;
        this.keeper = keeper;
        this.connections = connections;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.maxWindow = maxWindow;
        this.claimLease = claimLease;
    }

    /**
     * PENDING promises created in the window that are overdue get the watchdog's fallback now (the
     * draft with apology to the connection; gone → inbox and email). Promises not yet due are left to
     * the review and counted as {@code notDueYet}.
     */
    public RunbookReport retryStuck(RunbookCommand command) {
        command.requireWindow(maxWindow);
        Instant now = clock.instant();
        List<Promise> pending = promises.pendingCreatedBetween(command.from(), command.to());
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (Promise promise : pending) {
            if (!promise.overdueAt(now)) {
                outcomes.merge("notDueYet", 1, Integer::sum);
                continue;
            }
            ids.add(promise.messageId());
            if (command.dryRun()) {
                outcomes.merge("wouldRetry", 1, Integer::sum);
                continue;
            }
            outcomes.merge(keepLate(promise, now, false), 1, Integer::sum);
        }
        return audited(command, new RunbookReport(RETRY, command.dryRun(), pending.size(), ids, outcomes));
    }

    /**
     * Overdue PENDING promises whose connection is still open get the draft with the apology on that
     * connection now; the others are left to the watchdog's inbox and email fallback.
     */
    public RunbookReport apologise(RunbookCommand command) {
        Instant now = clock.instant();
        List<Promise> overdue = promises.pendingDueBy(now);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (Promise promise : overdue) {
            if (command.dryRun()) {
                boolean connected =
                        promise.connection().map(connections::isConnected).orElse(false);
                if (connected) {
                    ids.add(promise.messageId());
                }
                outcomes.merge(connected ? "wouldApologise" : "notConnected", 1, Integer::sum);
                continue;
            }
            String outcome = keepLate(promise, now, true);
            if (outcome.equals("websocket")) {
                ids.add(promise.messageId());
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        return audited(command, new RunbookReport(APOLOGIES, command.dryRun(), overdue.size(), ids, outcomes));
    }

    private String keepLate(Promise promise, Instant now, boolean connectionOnly) {
        ClaimOutcome claim = promises.claim(promise.messageId(), now, now.plus(claimLease));
        if (!(claim instanceof ClaimOutcome.Claimed)) {
            return "skipped";
        }
        Promise current = ((ClaimOutcome.Claimed) claim).promise();
        try {
            if (connectionOnly) {
                PostOutcome outcome = current.connection()
                        .map(c -> connections.post(c, CustomerMessages.overdue(current)))
                        .orElseGet(PostOutcome.Gone::new);
                if (outcome instanceof PostOutcome.Gone) {
                    promises.release(current.messageId());
                    return "notConnected";
                }
                if (promises.settle(current.messageId(), SettledAs.FALLBACK_WEBSOCKET, clock.instant())) {
                    metrics.fallback(SettledAs.FALLBACK_WEBSOCKET.channel());
                }
                return "websocket";
            }
            return keeper.keep(current, CustomerMessages.overdue(current), true)
                    .channel()
                    .code();
        } catch (DeliveryFailedException failure) {
            if (connectionOnly) {
                promises.release(current.messageId());
            }
            metrics.error(failure.kind());
            log.error(
                    "runbook delivery failed for message {}: {}",
                    failure.messageId(),
                    failure.kind().tag(),
                    failure);
            return "failed";
        }
    }

    private RunbookReport audited(RunbookCommand command, RunbookReport report) {
        audit.record(new AuditTrail.Entry(
                clock.instant(),
                command.actor(),
                report.action(),
                command.reason(),
                command.dryRun(),
                report.summary()));
        return report;
    }
}
