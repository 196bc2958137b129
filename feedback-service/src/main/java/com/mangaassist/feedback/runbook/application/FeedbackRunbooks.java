package com.mangaassist.feedback.runbook.application;

import com.mangaassist.common.runbook.AuditLog;
import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookExecutor;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.runbook.RunbookResults;
import com.mangaassist.feedback.improvement.domain.FreezeState;
import com.mangaassist.feedback.improvement.domain.PipelineFreeze;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoint;
import com.mangaassist.feedback.runbook.domain.QuarantineScope;
import com.mangaassist.feedback.runbook.domain.QuarantineState;
import com.mangaassist.feedback.runbook.domain.QuarantineSubjects;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Feedback's on-call runbooks (scenarios 2 and 5). Each one: replays the stored result when the idempotency
 * key was seen (a key used for another runbook is refused), otherwise runs (or, in a dry run, only counts),
 * writes an audit entry and, for a real run, stores the result under the key. Dry-run results are not
 * stored, so a key first sent with a dry run still performs the real run it is later sent with.
 */
public final class FeedbackRunbooks {

    public static final int MAX_SUBJECTS = 100;
    private static final int PAGE = 100;

    private final FeedbackStore store;
    private final QuarantineSubjects subjects;
    private final PipelineFreeze freeze;
    private final TopicBackfill backfill;
    private final Clock clock;
    private final RunbookExecutor executor;

    public FeedbackRunbooks(
            FeedbackStore store,
            QuarantineSubjects subjects,
            PipelineFreeze freeze,
            TopicBackfill backfill,
            AuditLog audit,
            RunbookResults results,
            Clock clock) {
        this.store = store;
        this.subjects = subjects;
        this.freeze = freeze;
        this.backfill = backfill;
        this.clock = clock;
        this.executor = new RunbookExecutor("feedback", audit, results, clock);
    }

    /**
     * Quarantines accounts or sessions: writes each subject's quarantine (so new signals are stored
     * quarantined) and marks every record of it not yet quarantined with the subject's quarantine reason.
     * A subject already in force keeps its reason, so one lift undoes all of its marks.
     */
    public RunbookResult quarantine(RunbookCommand command, QuarantineScope scope, List<String> ids) {
        Set<String> chosen = checkedIds(ids);
        return run(command, "quarantine", () -> {
            List<String> matched = new ArrayList<>();
            int changed = 0;
            int failed = 0;
            for (String id : chosen) {
                String subject = scope.subject(id);
                Instant now = clock.instant();
                QuarantineState state = subjects.find(subject)
                        .filter(QuarantineState::active)
                        .orElseGet(() -> new QuarantineState(
                                subject,
                                true,
                                subject + " quarantined at " + now + " by " + command.actor() + ": " + command.reason(),
                                command.actor(),
                                now));
                if (!command.dryRun()) {
                    subjects.save(state);
                }
                for (FeedbackRecord record : records(scope, id, r -> !r.quarantined())) {
                    matched.add(record.feedbackId());
                    if (!command.dryRun()) {
                        if (store.setQuarantine(record.feedbackId(), true, state.reason())) {
                            changed++;
                        } else {
                            failed++;
                        }
                    }
                }
            }
            return result(
                    "quarantine",
                    command,
                    matched,
                    changed,
                    failed,
                    chosen.size() + " " + scope.name().toLowerCase(java.util.Locale.ROOT) + "(s) quarantined"
                            + (command.dryRun() ? " (dry run)" : ""));
        });
    }

    /**
     * Lifts quarantines: un-quarantines the records the subject's quarantine marked (their reason is the
     * subject's), then sets the subject inactive. Records quarantined for another reason stay quarantined.
     */
    public RunbookResult lift(RunbookCommand command, QuarantineScope scope, List<String> ids) {
        Set<String> chosen = checkedIds(ids);
        return run(command, "quarantine-lift", () -> {
            List<String> matched = new ArrayList<>();
            int changed = 0;
            int failed = 0;
            int lifted = 0;
            for (String id : chosen) {
                Optional<QuarantineState> state =
                        subjects.find(scope.subject(id)).filter(QuarantineState::active);
                if (state.isEmpty()) {
                    continue;
                }
                lifted++;
                String reason = state.get().reason();
                for (FeedbackRecord record :
                        records(scope, id, r -> r.quarantined() && reason.equals(r.quarantineReason()))) {
                    matched.add(record.feedbackId());
                    if (!command.dryRun()) {
                        if (store.setQuarantine(record.feedbackId(), false, null)) {
                            changed++;
                        } else {
                            failed++;
                        }
                    }
                }
                if (!command.dryRun()) {
                    subjects.save(new QuarantineState(
                            state.get().subject(), false, reason, command.actor(), clock.instant()));
                }
            }
            return result(
                    "quarantine-lift",
                    command,
                    matched,
                    changed,
                    failed,
                    lifted + " of " + chosen.size() + " quarantine(s) in force lifted"
                            + (command.dryRun() ? " (dry run)" : ""));
        });
    }

    /**
     * Re-enriches topics over [{@code from}, {@code to}). A real run is the job {@code jobId} (a new id when
     * null): resumed from its checkpoint when unfinished, reported when finished.
     */
    public RunbookResult backfill(RunbookCommand command, Instant from, Instant to, String jobId) {
        backfill.checkWindow(from, to);
        if (jobId != null) {
            checkedId(jobId, "jobId");
        }
        return run(command, "backfill-topics", () -> {
            if (command.dryRun()) {
                return TopicBackfill.result("backfill-topics", true, backfill.dryRun(from, to));
            }
            String job = jobId != null ? jobId : "bf-" + UUID.randomUUID();
            return TopicBackfill.result("backfill-topics", false, backfill.run(job, from, to));
        });
    }

    /** The checkpoint of a backfill job. */
    public Optional<BackfillCheckpoint> backfillProgress(String jobId) {
        return backfill.progress(checkedId(jobId, "jobId"));
    }

    /** Freezes prompt improvement: the job refuses to run until an ML lead unfreezes it. */
    public RunbookResult freeze(RunbookCommand command) {
        return setFrozen(command, true);
    }

    /** Unfreezes prompt improvement. */
    public RunbookResult unfreeze(RunbookCommand command) {
        return setFrozen(command, false);
    }

    private RunbookResult setFrozen(RunbookCommand command, boolean frozen) {
        String action = frozen ? "improvement-freeze" : "improvement-unfreeze";
        return run(command, action, () -> {
            Optional<FreezeState> current = freeze.current();
            boolean isFrozen = current.map(FreezeState::frozen).orElse(false);
            if (isFrozen == frozen) {
                return result(
                        action,
                        command,
                        List.of(),
                        0,
                        0,
                        "already " + current.map(FreezeState::describe).orElse("unfrozen"));
            }
            if (!command.dryRun()) {
                freeze.set(new FreezeState(frozen, command.reason(), command.actor(), clock.instant()));
            }
            return result(
                    action,
                    command,
                    List.of("prompt-improvement"),
                    command.dryRun() ? 0 : 1,
                    0,
                    (command.dryRun() ? "would be " : "now ") + (frozen ? "frozen" : "unfrozen"));
        });
    }

    private List<FeedbackRecord> records(QuarantineScope scope, String id, Predicate<FeedbackRecord> wanted) {
        List<FeedbackRecord> found = new ArrayList<>();
        String cursor = null;
        do {
            FeedbackStore.Slice slice = scope == QuarantineScope.ACCOUNT
                    ? store.byUser(id, cursor, PAGE)
                    : store.bySession(id, cursor, PAGE);
            slice.records().stream().filter(wanted).forEach(found::add);
            cursor = slice.nextCursor();
        } while (cursor != null);
        return found;
    }

    private RunbookResult run(RunbookCommand command, String action, Supplier<RunbookResult> body) {
        return executor.run(command, action, body);
    }

    private static RunbookResult result(
            String action, RunbookCommand command, List<String> ids, int changed, int failed, String summary) {
        return new RunbookResult(action, command.dryRun(), ids.size(), changed, failed, ids, summary, false);
    }

    private static Set<String> checkedIds(List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_SUBJECTS) {
            throw new IllegalArgumentException("ids: 1-" + MAX_SUBJECTS + " ids are required");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String id : ids) {
            chosen.add(checkedId(id, "ids"));
        }
        return chosen;
    }

    private static String checkedId(String id, String name) {
        if (id == null || id.isBlank() || id.length() > 100 || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(name + ": each id must be 1-100 printable ASCII characters");
        }
        return id;
    }
}
