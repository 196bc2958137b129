package com.mangaassist.feedback.runbook.application;

import java.time.Instant;

/** A backfill job id that already belongs to a job over another window. */
public class BackfillWindowMismatchException extends RuntimeException {

    public BackfillWindowMismatchException(String jobId, Instant from, Instant to) {
        super("backfill job " + jobId + " covers [" + from + ", " + to
                + "); resume it with that window or use a new jobId");
    }
}
