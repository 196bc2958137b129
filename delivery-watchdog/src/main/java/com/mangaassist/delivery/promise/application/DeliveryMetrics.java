package com.mangaassist.delivery.promise.application;

import com.mangaassist.delivery.promise.domain.DeliveryChannel;
import com.mangaassist.delivery.promise.domain.FailureKind;
import java.time.Duration;

/** What the delivery path reports for dashboards and the runbook alarms (see docs/DELIVERY.md). */
public interface DeliveryMetrics {

    /** A promise delivered to its connection as the queued response. */
    void delivered();

    /** A promise kept late or through a fallback channel. */
    void fallback(DeliveryChannel channel);

    /** A delivery step failed loudly (feeds {@code TimeoutHandlerErrors}). */
    void error(FailureKind kind);

    /** A claim that found the promise settled or held by another worker: a duplicate that was not posted. */
    void duplicateSkipped(String reason);

    void heartbeatSent();

    void inboxItemDrained();

    /** The watchdog's view after its query: overdue PENDING promises, all PENDING, the oldest's age. */
    void pendingSnapshot(int overdue, int pending, Duration oldestPendingAge);

    void watchdogRun(Duration duration);
}
