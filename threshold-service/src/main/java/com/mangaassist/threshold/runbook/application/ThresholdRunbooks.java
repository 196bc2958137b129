package com.mangaassist.threshold.runbook.application;

import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookExecutor;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.configuration.application.ConfigurationWriter;
import com.mangaassist.threshold.configuration.application.Reverts;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.ChangeAnnouncer;
import com.mangaassist.threshold.configuration.domain.Describe;
import com.mangaassist.threshold.configuration.domain.OverrideKind;
import com.mangaassist.threshold.configuration.domain.PromptStatus;
import com.mangaassist.threshold.configuration.domain.PromptStore;
import com.mangaassist.threshold.configuration.domain.PromptVersion;
import com.mangaassist.threshold.configuration.domain.ThresholdOverride;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.protection.domain.ThresholdLowering;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Change control's runbooks (on-call). Each counts what it would change in a dry run and changes it in a
 * real one; the executor replays a repeated idempotency key and writes the runbook's audit entry, and each
 * real change is also audited per category with its before and after.
 */
public final class ThresholdRunbooks {

    /** Longest emergency relaxation. */
    public static final Duration MAX_RELAXATION = Duration.ofHours(8);

    private final RunbookExecutor executor;
    private final ThresholdStore thresholds;
    private final ConfigurationWriter writer;
    private final Reverts reverts;
    private final PromptStore prompts;
    private final ChangeAnnouncer announcer;
    private final Auditor auditor;
    private final Clock clock;

    public ThresholdRunbooks(
            RunbookExecutor executor,
            ThresholdStore thresholds,
            ConfigurationWriter writer,
            Reverts reverts,
            PromptStore prompts,
            ChangeAnnouncer announcer,
            Auditor auditor,
            Clock clock) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reverts = Objects.requireNonNull(reverts, "reverts");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.announcer = Objects.requireNonNull(announcer, "announcer");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Emergency relaxation: each named category (all that may be relaxed when none are named) answers on
     * its own from {@code autoRespondMin} for {@code duration}, then returns to its thresholds by itself.
     * Refund, complaint and legal are refused when named and skipped otherwise; a category already at or
     * below the target is not matched.
     */
    public RunbookResult emergencyRelaxation(
            RunbookCommand command, List<TopicCategory> categories, double autoRespondMin, Duration duration) {
        if (!(autoRespondMin >= 0.5 && autoRespondMin <= 1.0)) {
            throw new IllegalArgumentException("autoRespondMin must be in [0.5, 1.0]");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_RELAXATION) > 0) {
            throw new IllegalArgumentException("duration must be in (0, " + MAX_RELAXATION.toHours() + "h]");
        }
        List<TopicCategory> protectedNamed = categories.stream()
                .filter(TopicCategory::protectedFromOverrides)
                .toList();
        if (!protectedNamed.isEmpty()) {
            throw new IllegalArgumentException(
                    protectedNamed.get(0).code() + " is never relaxed (refund, complaint and legal are protected)");
        }
        List<TopicCategory> targets = categories.isEmpty()
                ? List.of(TopicCategory.values()).stream()
                        .filter(c -> !c.protectedFromOverrides())
                        .toList()
                : categories;
        return executor.run(command, "emergency-relaxation", () -> {
            Instant now = clock.instant();
            Instant expires = now.plus(duration);
            String id = "emergency-" + now.toEpochMilli();
            List<String> ids = new ArrayList<>();
            int changed = 0;
            for (TopicCategory category : targets) {
                CategoryConfiguration current = thresholds.get(category);
                ThresholdSet active = current.active().thresholds();
                Optional<ThresholdSet> relaxed = autoRespondMin < active.autoRespondMin()
                        ? Optional.of(ThresholdLowering.lowerAutoRespondTo(active, autoRespondMin))
                        : Optional.empty();
                if (relaxed.isEmpty()) {
                    continue;
                }
                ids.add(category.code() + ": " + Describe.set(current.active().thresholds()) + " → "
                        + Describe.set(relaxed.get()));
                if (command.dryRun()) {
                    continue;
                }
                ThresholdOverride override =
                        new ThresholdOverride(id, OverrideKind.EMERGENCY, relaxed.get(), expires, command.reason());
                var written = writer.update(category, c -> Optional.of(c.withOverride(override, now)));
                if (written.isPresent()) {
                    changed++;
                    auditor.record(
                            command.actor(),
                            "override:emergency",
                            category.code(),
                            id,
                            command.reason(),
                            Describe.configuration(written.get().before()),
                            Describe.configuration(written.get().after()),
                            "until " + expires);
                }
            }
            return new RunbookResult(
                    "emergency-relaxation",
                    command.dryRun(),
                    ids.size(),
                    changed,
                    0,
                    ids,
                    String.format(
                            Locale.ROOT, "auto-respond from %.3f until %s (%s)", autoRespondMin, expires, duration),
                    false);
        });
    }

    /** Ends emergency relaxations before their expiry. */
    public RunbookResult liftEmergency(RunbookCommand command, List<TopicCategory> categories) {
        List<TopicCategory> targets = categories.isEmpty() ? List.of(TopicCategory.values()) : categories;
        return executor.run(command, "lift-emergency-relaxation", () -> {
            Instant now = clock.instant();
            List<String> ids = new ArrayList<>();
            int changed = 0;
            for (TopicCategory category : targets) {
                boolean any = thresholds.get(category).overridesInForce(now).stream()
                        .anyMatch(o -> o.kind() == OverrideKind.EMERGENCY);
                if (!any) {
                    continue;
                }
                ids.add(category.code());
                if (command.dryRun()) {
                    continue;
                }
                var written = writer.update(
                        category, c -> Optional.of(c.withoutOverrides(o -> o.kind() == OverrideKind.EMERGENCY, now)));
                if (written.isPresent()) {
                    changed++;
                    auditor.record(
                            command.actor(),
                            "override:lifted",
                            category.code(),
                            "emergency",
                            command.reason(),
                            Describe.configuration(written.get().before()),
                            Describe.configuration(written.get().after()),
                            "emergency relaxation lifted");
                }
            }
            return new RunbookResult(
                    "lift-emergency-relaxation",
                    command.dryRun(),
                    ids.size(),
                    changed,
                    0,
                    ids,
                    "emergency relaxations lifted",
                    false);
        });
    }

    /** Reverts the named categories (all when none are named) to their last known-good thresholds. */
    public RunbookResult revertToLastKnownGood(RunbookCommand command, List<TopicCategory> categories) {
        List<TopicCategory> targets = categories.isEmpty() ? List.of(TopicCategory.values()) : categories;
        return executor.run(command, "revert-thresholds", () -> {
            List<String> ids = new ArrayList<>();
            int changed = 0;
            for (TopicCategory category : targets) {
                Optional<Reverts.Target> target = reverts.plan(category);
                if (target.isEmpty()) {
                    continue;
                }
                ids.add(category.code() + ": v"
                        + target.get().current().active().version() + " → values of "
                        + target.get().from() + " " + Describe.set(target.get().thresholds()));
                if (!command.dryRun()) {
                    reverts.revert(target.get(), command.actor(), command.reason());
                    changed++;
                }
            }
            return new RunbookResult(
                    "revert-thresholds",
                    command.dryRun(),
                    ids.size(),
                    changed,
                    0,
                    ids,
                    "back to the last known-good thresholds",
                    false);
        });
    }

    /**
     * Rolls a prompt back: the serving version is retired, so the one below it serves again (the built-in
     * text when none is left). A running canary of the prompt is retired too.
     */
    public RunbookResult rollbackPrompt(RunbookCommand command, String promptId) {
        return executor.run(command, "prompt-rollback", () -> {
            List<PromptVersion> versions = prompts.versions(promptId);
            List<PromptVersion> matched = new ArrayList<>();
            prompts.active(promptId).ifPresent(matched::add);
            versions.stream().filter(v -> v.status() == PromptStatus.CANARY).forEach(matched::add);
            List<PromptVersion> remaining = versions.stream()
                    .filter(v -> v.status() == PromptStatus.ACTIVE && !matched.contains(v))
                    .toList();
            String next = remaining.isEmpty()
                    ? "the built-in text (v0)"
                    : remaining.get(remaining.size() - 1).label();
            int changed = 0;
            if (!command.dryRun()) {
                for (PromptVersion version : matched) {
                    if (prompts.changeStatus(version.withStatus(PromptStatus.RETIRED), version.status())) {
                        changed++;
                    }
                }
                if (changed > 0) {
                    announcer.promptChanged(promptId);
                    auditor.record(
                            command.actor(),
                            "prompt:rolled-back",
                            "",
                            promptId,
                            command.reason(),
                            matched.stream().map(PromptVersion::label).toList().toString(),
                            next,
                            "serving " + next);
                }
            }
            return new RunbookResult(
                    "prompt-rollback",
                    command.dryRun(),
                    matched.size(),
                    changed,
                    0,
                    matched.stream().map(PromptVersion::label).toList(),
                    "then serving " + next,
                    false);
        });
    }
}
