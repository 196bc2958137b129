package com.mangaassist.orchestrator.routing.domain;

/**
 * Tells every running instance that thresholds changed, so cached copies are dropped at once rather
 * than when they expire. Delivery is best effort: an instance that misses an announcement keeps its
 * copy at most until the cache expires.
 */
public interface ThresholdAnnouncer {

    void announce(ThresholdsChanged change);
}
