package com.mangaassist.threshold.changerequest.domain;

/** Included customer feedback on turns answered with one prompt version, in a window. */
public record FeedbackTally(long up, long down, long corrections) {

    public static final FeedbackTally NONE = new FeedbackTally(0, 0, 0);

    public long total() {
        return up + down + corrections;
    }

    /** up / (up + down); 0 without votes. */
    public double score() {
        long votes = up + down;
        return votes == 0 ? 0.0 : (double) up / votes;
    }

    /** corrections / all signals; 0 without signals. */
    public double correctionRate() {
        long total = total();
        return total == 0 ? 0.0 : (double) corrections / total;
    }
}
