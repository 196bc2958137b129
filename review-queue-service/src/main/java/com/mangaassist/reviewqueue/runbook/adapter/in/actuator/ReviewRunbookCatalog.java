package com.mangaassist.reviewqueue.runbook.adapter.in.actuator;

import static com.mangaassist.common.runbook.RunbookParameter.Type.DECIMAL;
import static com.mangaassist.common.runbook.RunbookParameter.Type.LIST;
import static com.mangaassist.common.runbook.RunbookParameter.Type.TEXT;
import static com.mangaassist.common.runbook.RunbookParameter.Type.WHOLE_NUMBER;
import static com.mangaassist.common.runbook.RunbookParameter.optional;
import static com.mangaassist.common.runbook.RunbookParameter.required;

import com.mangaassist.common.runbook.Runbook;
import com.mangaassist.common.runbook.RunbookArguments;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.model.security.Role;
import com.mangaassist.reviewqueue.runbook.application.ReviewRunbooks;
import com.mangaassist.reviewqueue.runbook.domain.BulkApprovePolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The review queue's runbooks as the Actuator endpoint lists and runs them: each calls the {@link
 * ReviewRunbooks} method its REST path calls, with the same limits.
 */
public final class ReviewRunbookCatalog {

    private static final long MAX_AGE_SECONDS = Duration.ofDays(7).toSeconds();
    private static final List<Role> ONCALL = List.of(Role.ONCALL);

    private ReviewRunbookCatalog() {}

    public static RunbookCatalog<RunbookResult> of(ReviewRunbooks runbooks, BulkApprovePolicy bulkApprove) {
        String safeTopics = bulkApprove.safeTopics().stream()
                .map(TopicCategory::code)
                .sorted()
                .toList()
                .toString();
        return new RunbookCatalog<>(
                "review-queue-service",
                List.of(
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "reprioritise",
                                        "/api/runbook/reviews/reprioritise",
                                        "the priority (and so the SLA deadline) of waiting and claimed review tasks",
                                        List.of(
                                                required("toPriority", TEXT, "P1-P4"),
                                                optional("topics", LIST, "topic codes", "every topic"),
                                                optional(
                                                        "olderThanSeconds",
                                                        WHOLE_NUMBER,
                                                        "0-" + MAX_AGE_SECONDS,
                                                        "any age")),
                                        "only raises: a task already at toPriority or above is not matched; at most"
                                                + " 10000 tasks per status and priority",
                                        ONCALL),
                                (command, args) -> runbooks.reprioritise(
                                        command,
                                        priority(args.requiredText("toPriority")),
                                        topics(args),
                                        args.wholeNumber("olderThanSeconds").map(ReviewRunbookCatalog::age))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "auto-deliver-aged",
                                        "/api/runbook/reviews/auto-deliver-aged",
                                        "delivers waiting P3/P4 drafts now with the unreviewed disclaimer; the tasks"
                                                + " close as auto-delivered",
                                        List.of(optional(
                                                "olderThanSeconds", WHOLE_NUMBER, "0-" + MAX_AGE_SECONDS, "300")),
                                        "P3 and P4 only: P1/P2 always wait for a person",
                                        ONCALL),
                                (command, args) -> runbooks.autoDeliverAged(
                                        command,
                                        age(args.wholeNumber("olderThanSeconds").orElse(300L)))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "bulk-approve",
                                        "/api/runbook/reviews/bulk-approve",
                                        "releases pending low-risk reviews: the draft goes out with the unreviewed"
                                                + " disclaimer",
                                        List.of(
                                                required(
                                                        "minimumConfidence",
                                                        DECIMAL,
                                                        "at least " + bulkApprove.minimumConfidence()),
                                                optional("topics", LIST, "a subset of " + safeTopics, safeTopics)),
                                        "never below confidence " + bulkApprove.minimumConfidence()
                                                + ", only the safe topics " + safeTopics
                                                + ", never refund/complaint/legal, at most " + bulkApprove.maxTasks()
                                                + " tasks",
                                        ONCALL),
                                (command, args) -> runbooks.bulkApprove(
                                        command,
                                        args.decimal("minimumConfidence")
                                                .orElseThrow(() ->
                                                        new IllegalArgumentException("minimumConfidence is required")),
                                        topics(args))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "page-backup-reviewers",
                                        "/api/runbook/reviews/page-backup-reviewers",
                                        "sends one page to the backup reviewers",
                                        List.of(optional(
                                                "message",
                                                TEXT,
                                                "at most 1000 characters",
                                                "Please check in to the review queue.")),
                                        "a page, nothing else; the dry run sends none",
                                        ONCALL),
                                (command, args) -> runbooks.pageBackupReviewers(command, message(args))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "drain-timed-out",
                                        "/api/runbook/reviews/drain-timed-out",
                                        "closes open tasks whose workflow deadline passed as timed out",
                                        List.of(),
                                        "only tasks past their workflow deadline (their workflow already delivered)",
                                        ONCALL),
                                (command, args) -> runbooks.drainTimedOut(command)),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "force-check-out",
                                        "/api/runbook/reviewers/{reviewerId}/force-check-out",
                                        "checks a reviewer out even below minimum staffing; their claimed tasks go"
                                                + " back to the queue",
                                        List.of(required("reviewerId", TEXT, "1-100 characters, no whitespace")),
                                        "one reviewer, only when checked in",
                                        ONCALL),
                                (command, args) ->
                                        runbooks.forceCheckOut(command, reviewerId(args.requiredText("reviewerId"))))));
    }

    private static Priority priority(String text) {
        return Arrays.stream(Priority.values())
                .filter(p -> p.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("toPriority must be P1-P4"));
    }

    private static Duration age(long seconds) {
        if (seconds < 0 || seconds > MAX_AGE_SECONDS) {
            throw new IllegalArgumentException("olderThanSeconds must be 0-" + MAX_AGE_SECONDS);
        }
        return Duration.ofSeconds(seconds);
    }

    private static Set<TopicCategory> topics(RunbookArguments args) {
        List<String> codes = args.list("topics");
        if (codes.size() > TopicCategory.values().length) {
            throw new IllegalArgumentException("too many topics");
        }
        Set<TopicCategory> topics = EnumSet.noneOf(TopicCategory.class);
        for (String code : codes) {
            topics.add(TopicCategory.fromCode(code.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalArgumentException("unknown topic")));
        }
        return topics;
    }

    private static String message(RunbookArguments args) {
        String message = args.text("message").orElse(null);
        if (message != null && message.length() > 1000) {
            throw new IllegalArgumentException("message is longer than 1000 characters");
        }
        return message;
    }

    private static String reviewerId(String id) {
        if (id.length() > 100 || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("reviewerId must be 1-100 printable characters without whitespace");
        }
        return id;
    }
}
