package com.mangaassist.threshold.changerequest.domain;

/** Turns routed in a window: answered at once, reviewed, handed to an agent. */
public record RoutingTally(long auto, long review, long handoff) {

    public static final RoutingTally NONE = new RoutingTally(0, 0, 0);

    public long total() {
        return auto + review + handoff;
    }

    /** (review + handoff) / total; 0 without turns. */
    public double escalationRate() {
        long total = total();
        return total == 0 ? 0.0 : (double) (review + handoff) / total;
    }

    public RoutingTally plus(RoutingTally other) {
        return new RoutingTally(auto + other.auto, review + other.review, handoff + other.handoff);
    }
}
