package com.mangaassist.delivery.promise.application;

import com.mangaassist.delivery.promise.domain.DeliveryPromises;
import com.mangaassist.model.delivery.PromiseStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What on-call watches of the delivery path: promises waiting, overdue and stuck, how the last hour's were kept, and
 * whether the watchdog still runs. Counting queries on the {@code by-status-due} index, each capped at {@link
 * #COUNT_LIMIT}.
 */
public final class DeliveryStatistics {

    /** A count stops here (and says so): a dashboard poll never reads more than this many index entries. */
    public static final long COUNT_LIMIT = 100_000;

    /** How far back and ahead "every pending promise" looks (promises are due within minutes of creation). */
    private static final Duration PENDING_HORIZON = Duration.ofDays(30);

    private final DeliveryPromises promises;
    private final JobLease lease;
    private final Duration watchdogInterval;
    private final Clock clock;

    public DeliveryStatistics(DeliveryPromises promises, JobLease lease, Duration watchdogInterval, Clock clock) {
        this.promises = promises;
        this.lease = lease;
        this.watchdogInterval = watchdogInterval;
        this.clock = clock;
    }

    /**
     * The delivery path now.
     *
     * @param pending promises not yet kept (PENDING), whatever their due time
     * @param overdue of those, the ones past due: the watchdog owes them a delayed answer now
     * @param stuck of those, past due by more than two watchdog intervals: the watchdog tried and could not keep them
     *     (a post refused other than 410, an unreachable channel) — what "failed" means here, since a promise is never
     *     given up
     * @param deliveredLastHour DELIVERED promises (the reviewed answer reached the open connection) due in the last hour
     * @param fallbackLastHour FALLBACK promises (delayed answer, late post, inbox or email) due in the last hour
     * @param truncated a count reached {@link #COUNT_LIMIT}
     */
    public record DeliveryStats(
            Instant at,
            long pending,
            long overdue,
            long stuck,
            long deliveredLastHour,
            long fallbackLastHour,
            boolean truncated,
            Watchdog watchdog) {}

    /**
     * The watchdog's heartbeat: when a run last completed (stamped on the single-runner lease's item, so any instance
     * reads it), its interval, and {@code stale} when no run completed within three intervals.
     */
    public record Watchdog(Instant lastRunAt, Duration interval, boolean stale) {}

    /** The longest past window one request may ask for. */
    public static final Duration MAX_WINDOW = Duration.ofDays(31);

    /**
     * How the promises due in a past window [{@code from}, {@code to}) were kept (the weekly review).
     *
     * @param delivered kept on time: the reviewed answer reached the open connection
     * @param fallback kept late or elsewhere: delayed answer, late post, inbox or email
     * @param pending not kept yet (the watchdog still owes them)
     * @param keptOnTimeShare delivered / (delivered + fallback), null when none was kept
     */
    public record WindowStats(
            Instant from,
            Instant to,
            long delivered,
            long fallback,
            long pending,
            Double keptOnTimeShare,
            boolean truncated) {}

    public WindowStats window(Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("to must be after from, at most " + MAX_WINDOW.toDays() + " days later");
        }
        DeliveryPromises.Count delivered = count(PromiseStatus.DELIVERED, from, to);
        DeliveryPromises.Count fallback = count(PromiseStatus.FALLBACK, from, to);
        DeliveryPromises.Count pending = count(PromiseStatus.PENDING, from, to);
        long kept = delivered.value() + fallback.value();
        return new WindowStats(
                from,
                to,
                delivered.value(),
                fallback.value(),
                pending.value(),
                kept == 0 ? null : (double) delivered.value() / kept,
                delivered.truncated() || fallback.truncated() || pending.truncated());
    }

    public DeliveryStats now() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DeliveryPromises.Count pending =
                count(PromiseStatus.PENDING, now.minus(PENDING_HORIZON), now.plus(PENDING_HORIZON));
        DeliveryPromises.Count overdue = count(PromiseStatus.PENDING, now.minus(PENDING_HORIZON), now.plusMillis(1));
        DeliveryPromises.Count stuck =
                count(PromiseStatus.PENDING, now.minus(PENDING_HORIZON), now.minus(watchdogInterval.multipliedBy(2)));
        DeliveryPromises.Count delivered = count(PromiseStatus.DELIVERED, now.minus(Duration.ofHours(1)), now);
        DeliveryPromises.Count fallback = count(PromiseStatus.FALLBACK, now.minus(Duration.ofHours(1)), now);
        Instant lastRun = lease.lastCompletedAt(WatchdogScan.LEASE_NAME).orElse(null);
        boolean stale = lastRun == null || lastRun.isBefore(now.minus(watchdogInterval.multipliedBy(3)));
        return new DeliveryStats(
                now,
                pending.value(),
                overdue.value(),
                stuck.value(),
                delivered.value(),
                fallback.value(),
                pending.truncated()
                        || overdue.truncated()
                        || stuck.truncated()
                        || delivered.truncated()
                        || fallback.truncated(),
                new Watchdog(lastRun, watchdogInterval, stale));
    }

    private DeliveryPromises.Count count(PromiseStatus status, Instant dueFrom, Instant dueTo) {
        return promises.count(status, dueFrom, dueTo, COUNT_LIMIT);
    }
}
