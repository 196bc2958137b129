package com.mangaassist.feedback.runbook.domain;

import com.mangaassist.common.runbook.RunbookResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a topic backfill stands: its window, the day and page cursor to read next (cursor null: the day's
 * first page), what it counted so far, the ids it corrected (at most {@link RunbookResult#MAX_IDS}) and
 * whether it finished. Written after every page, so a killed job resumes from here.
 */
public record BackfillCheckpoint(
        String jobId,
        Instant from,
        Instant to,
        LocalDate day,
        String cursor,
        BackfillCounts counts,
        List<String> correctedIds,
        Status status,
        Instant updatedAt) {

    public BackfillCheckpoint {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        correctedIds = List.copyOf(
                correctedIds.size() > RunbookResult.MAX_IDS
                        ? correctedIds.subList(0, RunbookResult.MAX_IDS)
                        : correctedIds);
    }

    /** The same window, to the millisecond (the precision windows are stored with). */
    public boolean covers(Instant otherFrom, Instant otherTo) {
        return from.toEpochMilli() == otherFrom.toEpochMilli() && to.toEpochMilli() == otherTo.toEpochMilli();
    }

    public boolean done() {
        return status == Status.DONE;
    }

    /** RUNNING until the window's last page was processed, then DONE. */
    public enum Status {
        RUNNING,
        DONE
    }
}
