package com.mangaassist.reviewqueue.stats.application;

import com.mangaassist.reviewqueue.stats.domain.QueueStats;

/**
 * Makes this instance's latest {@link QueueStats} available to the threshold service (the {@code
 * review-signals} table, docs/THRESHOLDS.md): one record per instance, replaced by every publication and
 * expiring by itself when the instance stops publishing.
 */
public interface SignalPublisher {

    /**
     * Publishes {@code stats} as this instance's current signals.
     *
     * @throws SignalPublishException when the snapshot could not be stored
     */
    void publish(QueueStats stats);
}
