package com.mangaassist.feedback.runbook.application;

import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.RatedMessage;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoint;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoints;
import com.mangaassist.feedback.runbook.domain.BackfillCounts;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-enriches feedback topics from the rated messages (scenario 5): walks a window day by day through every
 * page of {@code byDay}, reads the pages' messages in one consistent batch, and corrects each record whose
 * topic differs with the conditional {@code correctTopic} (which keeps the wrong topic as {@code
 * original_incorrect_topic}). A real run writes a checkpoint after every page and resumes from it when
 * called again with the same job id; re-processing a page is harmless because a corrected record now
 * matches its message and the update is conditional. A dry run only counts, and writes no checkpoint.
 */
public final class TopicBackfill {

    private final FeedbackStore store;
    private final RatedMessages messages;
    private final BackfillCheckpoints checkpoints;
    private final BackfillSettings settings;
    private final Clock clock;

    public TopicBackfill(
            FeedbackStore store,
            RatedMessages messages,
            BackfillCheckpoints checkpoints,
            BackfillSettings settings,
            Clock clock) {
        this.store = store;
        this.messages = messages;
        this.checkpoints = checkpoints;
        this.settings = settings;
        this.clock = clock;
    }

    /** Checks a window: {@code from} before {@code to}, at most the configured length. */
    public void checkWindow(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("from and to are required, from before to");
        }
        if (from.plus(settings.maxWindow()).isBefore(to)) {
            throw new IllegalArgumentException(
                    "the window may span at most " + settings.maxWindow().toDays() + " days");
        }
    }

    /** The checkpoint of {@code jobId}, if the job exists. */
    public Optional<BackfillCheckpoint> progress(String jobId) {
        return checkpoints.find(jobId);
    }

    /** Counts what a run would correct; writes nothing. */
    public BackfillCheckpoint dryRun(Instant from, Instant to) {
        checkWindow(from, to);
        BackfillCheckpoint state = start("dry-run", from, to);
        while (!state.done()) {
            state = page(state, true);
        }
        return state;
    }

    /**
     * Runs (or resumes, or reports the finished) job {@code jobId} over the window.
     *
     * @throws BackfillWindowMismatchException if the job exists over another window
     */
    public BackfillCheckpoint run(String jobId, Instant from, Instant to) {
        checkWindow(from, to);
        Optional<BackfillCheckpoint> existing = checkpoints.find(jobId);
        if (existing.isPresent() && !existing.get().covers(from, to)) {
            throw new BackfillWindowMismatchException(
                    jobId, existing.get().from(), existing.get().to());
        }
        BackfillCheckpoint state = existing.orElseGet(() -> start(jobId, from, to));
        if (existing.isEmpty()) {
            checkpoints.save(state);
        }
        while (!state.done()) {
            state = page(state, false);
            checkpoints.save(state);
        }
        return state;
    }

    /** The run's outcome as a runbook result. */
    public static RunbookResult result(String action, boolean dryRun, BackfillCheckpoint state) {
        BackfillCounts c = state.counts();
        String job = dryRun ? "dry run" : "job " + state.jobId() + " " + state.status();
        return new RunbookResult(
                action,
                dryRun,
                (int) Math.min(Integer.MAX_VALUE, c.corrected() + c.conflicts()),
                dryRun ? 0 : (int) Math.min(Integer.MAX_VALUE, c.corrected()),
                (int) Math.min(Integer.MAX_VALUE, c.conflicts()),
                state.correctedIds(),
                job + ", [" + state.from() + ", " + state.to() + "): " + c.describe(),
                false);
    }

    private BackfillCheckpoint start(String jobId, Instant from, Instant to) {
        return new BackfillCheckpoint(
                jobId,
                from,
                to,
                day(from),
                null,
                BackfillCounts.ZERO,
                List.of(),
                BackfillCheckpoint.Status.RUNNING,
                clock.instant());
    }

    private BackfillCheckpoint page(BackfillCheckpoint state, boolean dryRun) {
        FeedbackStore.Slice slice =
                store.byDay(state.day(), state.from(), state.to(), state.cursor(), settings.pageSize());
        List<FeedbackRecord> records = slice.records();
        Map<String, RatedMessage> found = records.isEmpty()
                ? Map.of()
                : messages.findAll(
                        records.stream().map(FeedbackRecord::messageId).toList());
        long corrected = 0;
        long unchanged = 0;
        long unjoinable = 0;
        long untopical = 0;
        long conflicts = 0;
        List<String> ids = new ArrayList<>(state.correctedIds());
        for (FeedbackRecord record : records) {
            RatedMessage message = found.get(record.messageId());
            if (message == null) {
                unjoinable++;
                continue;
            }
            Optional<TopicCategory> topic = message.topic();
            if (topic.isEmpty()) {
                untopical++;
                continue;
            }
            if (topic.get() == record.topic()) {
                unchanged++;
                continue;
            }
            boolean applied = dryRun
                    || store.correctTopic(
                            record.feedbackId(),
                            record.topic().code(),
                            topic.get().code(),
                            clock.instant());
            if (applied) {
                corrected++;
                if (ids.size() < RunbookResult.MAX_IDS) {
                    ids.add(record.feedbackId());
                }
            } else {
                conflicts++;
            }
        }
        BackfillCounts counts = state.counts()
                .plus(new BackfillCounts(records.size(), corrected, unchanged, unjoinable, untopical, conflicts));
        LocalDate day = state.day();
        String cursor = slice.nextCursor();
        BackfillCheckpoint.Status status = BackfillCheckpoint.Status.RUNNING;
        if (slice.last()) {
            cursor = null;
            if (day.isBefore(lastDay(state.to()))) {
                day = day.plusDays(1);
            } else {
                status = BackfillCheckpoint.Status.DONE;
            }
        }
        return new BackfillCheckpoint(
                state.jobId(), state.from(), state.to(), day, cursor, counts, ids, status, clock.instant());
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The day of the window's last millisecond ({@code to} is exclusive). */
    private static LocalDate lastDay(Instant to) {
        return day(to.minusMillis(1));
    }
}
