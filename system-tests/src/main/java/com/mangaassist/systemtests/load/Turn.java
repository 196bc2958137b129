package com.mangaassist.systemtests.load;

import com.mangaassist.systemtests.load.QuestionMix.Question;

/**
 * One scheduled customer turn: its place in the schedule, the moment it was meant to be sent (the
 * start of its latency, so that time spent queued behind a slow turn is counted), and when it went out.
 */
final class Turn {

    private final long sequence;
    private final String clientMessageId;
    private final Question question;
    private final long intendedNanos;
    private final boolean measured;
    private volatile long sentNanos;

    Turn(long sequence, String clientMessageId, Question question, long intendedNanos, boolean measured) {
        this.sequence = sequence;
        this.clientMessageId = clientMessageId;
        this.question = question;
        this.intendedNanos = intendedNanos;
        this.measured = measured;
    }

    long sequence() {
        return sequence;
    }

    String clientMessageId() {
        return clientMessageId;
    }

    Question question() {
        return question;
    }

    /** {@link System#nanoTime()} at which the schedule meant this turn to be sent. */
    long intendedNanos() {
        return intendedNanos;
    }

    /** Whether the turn belongs to the measured window rather than the warm-up. */
    boolean measured() {
        return measured;
    }

    long sentNanos() {
        return sentNanos;
    }

    void markSent(long nanos) {
        sentNanos = nanos;
    }
}
