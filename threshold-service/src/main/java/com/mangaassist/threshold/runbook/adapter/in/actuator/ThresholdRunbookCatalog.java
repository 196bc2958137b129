package com.mangaassist.threshold.runbook.adapter.in.actuator;

import static com.mangaassist.common.runbook.RunbookParameter.Type.DECIMAL;
import static com.mangaassist.common.runbook.RunbookParameter.Type.LIST;
import static com.mangaassist.common.runbook.RunbookParameter.Type.TEXT;
import static com.mangaassist.common.runbook.RunbookParameter.Type.WHOLE_NUMBER;
import static com.mangaassist.common.runbook.RunbookParameter.optional;
import static com.mangaassist.common.runbook.RunbookParameter.required;

import com.mangaassist.common.runbook.Runbook;
import com.mangaassist.common.runbook.RunbookArguments;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookRefusedException;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.model.security.Role;
import com.mangaassist.threshold.runbook.application.ThresholdRunbooks;
import java.time.Duration;
import java.util.List;

/**
 * Change control's runbooks as the Actuator endpoint lists and runs them: each calls the {@link
 * ThresholdRunbooks} method its REST path calls, with the same defaults and limits.
 */
public final class ThresholdRunbookCatalog {

    private static final List<Role> ONCALL = List.of(Role.ONCALL);
    private static final String ALL = "every category";

    private ThresholdRunbookCatalog() {}

    public static RunbookCatalog<RunbookResult> of(ThresholdRunbooks runbooks) {
        long maxMinutes = ThresholdRunbooks.MAX_RELAXATION.toMinutes();
        return new RunbookCatalog<>(
                "threshold-service",
                List.of(
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "emergency-relaxation",
                                        "/api/runbook/thresholds/emergency-relaxation",
                                        "an emergency override per category: answers on its own from autoRespondMin"
                                                + " until it expires by itself",
                                        List.of(
                                                required("autoRespondMin", DECIMAL, "0.5-1"),
                                                optional(
                                                        "categories",
                                                        LIST,
                                                        "category codes; never refund, complaint or legal",
                                                        "every category but refund, complaint and legal"),
                                                optional("durationMinutes", WHOLE_NUMBER, "1-" + maxMinutes, "120")),
                                        "refund, complaint and legal are never relaxed (naming one is a 400); at most "
                                                + maxMinutes + " minutes; a category already at or below the target is"
                                                + " not matched",
                                        ONCALL),
                                (command, args) -> runbooks.emergencyRelaxation(
                                        command,
                                        categories(args),
                                        args.decimal("autoRespondMin")
                                                .orElseThrow(() ->
                                                        new IllegalArgumentException("autoRespondMin is required")),
                                        Duration.ofMinutes(args.wholeNumber("durationMinutes")
                                                .orElse(120L)))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "lift-emergency-relaxation",
                                        "/api/runbook/thresholds/emergency-relaxation/lift",
                                        "ends emergency overrides before they expire",
                                        List.of(optional("categories", LIST, "category codes", ALL)),
                                        "emergency overrides only; other overrides stay",
                                        ONCALL),
                                (command, args) -> runbooks.liftEmergency(command, categories(args))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "revert-thresholds",
                                        "/api/runbook/thresholds/revert",
                                        "back to the last known-good thresholds as a new version; a canary is"
                                                + " withdrawn",
                                        List.of(optional("categories", LIST, "category codes", ALL)),
                                        "only categories with a known-good version differing from the serving one",
                                        ONCALL),
                                (command, args) -> runbooks.revertToLastKnownGood(command, categories(args))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "prompt-rollback",
                                        "/api/runbook/prompts/rollback",
                                        "retires the serving prompt version (and a running canary); the one below"
                                                + " serves again",
                                        List.of(optional("promptId", TEXT, "1-100 characters", "answering-system")),
                                        "one prompt; the built-in text serves when no version is left",
                                        ONCALL),
                                (command, args) -> runbooks.rollbackPrompt(
                                        command, promptId(args.text("promptId").orElse("answering-system"))))));
    }

    private static List<TopicCategory> categories(RunbookArguments args) {
        List<String> codes = args.list("categories");
        if (codes.size() > TopicCategory.values().length) {
            throw new IllegalArgumentException("at most " + TopicCategory.values().length + " categories");
        }
        return codes.stream()
                .map(code -> TopicCategory.fromCode(code)
                        .orElseThrow(() -> new RunbookRefusedException(
                                RunbookRefusedException.Kind.INVALID, "UNKNOWN_CATEGORY", "unknown category")))
                .distinct()
                .toList();
    }

    private static String promptId(String id) {
        if (id.length() > 100 || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("promptId must be 1-100 printable characters without whitespace");
        }
        return id;
    }
}
