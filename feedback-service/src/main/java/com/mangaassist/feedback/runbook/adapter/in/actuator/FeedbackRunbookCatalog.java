package com.mangaassist.feedback.runbook.adapter.in.actuator;

import static com.mangaassist.common.runbook.RunbookParameter.Type.INSTANT;
import static com.mangaassist.common.runbook.RunbookParameter.Type.LIST;
import static com.mangaassist.common.runbook.RunbookParameter.Type.TEXT;
import static com.mangaassist.common.runbook.RunbookParameter.optional;
import static com.mangaassist.common.runbook.RunbookParameter.required;

import com.mangaassist.common.runbook.Runbook;
import com.mangaassist.common.runbook.RunbookArguments;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookParameter;
import com.mangaassist.common.runbook.RunbookRefusedException;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.feedback.runbook.application.BackfillWindowMismatchException;
import com.mangaassist.feedback.runbook.application.FeedbackRunbooks;
import com.mangaassist.feedback.runbook.domain.QuarantineScope;
import com.mangaassist.model.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Feedback's runbooks as the Actuator endpoint lists and runs them: each calls the {@link FeedbackRunbooks}
 * method its REST path calls. Freeze is on-call's or the ML lead's, unfreeze the ML lead's alone, as on the
 * REST paths; {@link #actuatorRoles()} gives the security rules those two exceptions.
 */
public final class FeedbackRunbookCatalog {

    public static final String FREEZE = "improvement-freeze";
    public static final String UNFREEZE = "improvement-unfreeze";
    private static final List<Role> FREEZE_ROLES = List.of(Role.ONCALL, Role.ML_LEAD);
    private static final List<Role> UNFREEZE_ROLES = List.of(Role.ML_LEAD);
    private static final List<Role> ONCALL = List.of(Role.ONCALL);

    private FeedbackRunbookCatalog() {}

    /** The runbooks whose roles are not on-call's alone: name → role names, for the security rules. */
    public static Map<String, List<String>> actuatorRoles() {
        return Map.of(
                FREEZE, FREEZE_ROLES.stream().map(Role::roleName).toList(),
                UNFREEZE, UNFREEZE_ROLES.stream().map(Role::roleName).toList());
    }

    public static RunbookCatalog<RunbookResult> of(FeedbackRunbooks runbooks, Duration maxBackfillWindow) {
        List<RunbookParameter> subjects = List.of(
                required("scope", TEXT, "ACCOUNT or SESSION"),
                required("ids", LIST, "1-" + FeedbackRunbooks.MAX_SUBJECTS + " user or session ids"));
        return new RunbookCatalog<>(
                "feedback-service",
                List.of(
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "quarantine",
                                        "/api/runbook/feedback/quarantine",
                                        "quarantines accounts or sessions: new signals are stored quarantined and"
                                                + " every existing record of theirs is marked (out of training and"
                                                + " the quality gate)",
                                        subjects,
                                        "at most " + FeedbackRunbooks.MAX_SUBJECTS + " subjects; the marks carry the"
                                                + " quarantine's reason so a lift undoes exactly them",
                                        ONCALL),
                                (command, args) -> runbooks.quarantine(command, scope(args), args.list("ids"))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "quarantine-lift",
                                        "/api/runbook/feedback/quarantine/lift",
                                        "lifts quarantines and exactly the marks they made",
                                        subjects,
                                        "records quarantined for another reason stay quarantined",
                                        ONCALL),
                                (command, args) -> runbooks.lift(command, scope(args), args.list("ids"))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "backfill-topics",
                                        "/api/runbook/feedback/backfill",
                                        "re-enriches feedback topics from the messages by consistent reads",
                                        List.of(
                                                required("from", INSTANT, "ISO-8601 instant"),
                                                required(
                                                        "to",
                                                        INSTANT,
                                                        "ISO-8601 instant, at most " + maxBackfillWindow.toDays()
                                                                + " days after from"),
                                                optional(
                                                        "jobId",
                                                        TEXT,
                                                        "1-100 characters; the same id resumes the job",
                                                        "a new job id")),
                                        "at most " + maxBackfillWindow.toDays() + " days; resumable from its"
                                                + " checkpoint; a job id reused with another window is a 409",
                                        ONCALL),
                                (command, args) -> conflictsAsRefusals(() -> runbooks.backfill(
                                        command,
                                        instant(args, "from"),
                                        instant(args, "to"),
                                        args.text("jobId").orElse(null)))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        FREEZE,
                                        "/api/runbook/feedback/improvement/freeze",
                                        "stops the prompt-improvement job until an ML lead unfreezes it",
                                        List.of(),
                                        "one flag; already frozen is not matched",
                                        FREEZE_ROLES),
                                (command, args) -> runbooks.freeze(command)),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        UNFREEZE,
                                        "/api/runbook/feedback/improvement/unfreeze",
                                        "lets the prompt-improvement job run again",
                                        List.of(),
                                        "ML lead only; already unfrozen is not matched",
                                        UNFREEZE_ROLES),
                                (command, args) -> runbooks.unfreeze(command))));
    }

    private static QuarantineScope scope(RunbookArguments args) {
        String scope = args.requiredText("scope");
        try {
            return QuarantineScope.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scope must be ACCOUNT or SESSION");
        }
    }

    private static Instant instant(RunbookArguments args, String name) {
        return args.instant(name)
                .orElseThrow(() -> new IllegalArgumentException(name + " is required (ISO-8601 instant)"));
    }

    private static RunbookResult conflictsAsRefusals(Supplier<RunbookResult> call) {
        try {
            return call.get();
        } catch (BackfillWindowMismatchException e) {
            throw new RunbookRefusedException(
                    RunbookRefusedException.Kind.CONFLICT, "BACKFILL_WINDOW_MISMATCH", e.getMessage());
        }
    }
}
