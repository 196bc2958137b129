package com.mangaassist.threshold.changerequest.application;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.changerequest.domain.ApprovalPolicy;
import com.mangaassist.threshold.changerequest.domain.Approver;
import com.mangaassist.threshold.changerequest.domain.CanaryPlan;
import com.mangaassist.threshold.changerequest.domain.ChangeKind;
import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.ChangeRequestStore;
import com.mangaassist.threshold.changerequest.domain.ChangeState;
import com.mangaassist.threshold.changerequest.domain.Evaluation;
import com.mangaassist.threshold.changerequest.domain.PromptChange;
import com.mangaassist.threshold.changerequest.domain.Simulations;
import com.mangaassist.threshold.configuration.application.ConfigurationWriter;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.ChangeAnnouncer;
import com.mangaassist.threshold.configuration.domain.Describe;
import com.mangaassist.threshold.configuration.domain.PromptStatus;
import com.mangaassist.threshold.configuration.domain.PromptStore;
import com.mangaassist.threshold.configuration.domain.PromptVersion;
import com.mangaassist.threshold.configuration.domain.ThresholdCanary;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The life of a change request. A proposal is simulated before it is stored (thresholds) and the
 * simulation stays attached; approval by someone else starts the canary at once; the end of the canary
 * (or the breaker, or on-call) promotes or reverts it. Every step and every refusal is audited.
 */
public final class ChangeControl {

    /** The actor of steps the service takes by itself. */
    public static final String SYSTEM = "change-control";

    private final ChangeRequestStore requests;
    private final ThresholdStore thresholds;
    private final ConfigurationWriter writer;
    private final PromptStore prompts;
    private final ChangeAnnouncer announcer;
    private final Simulations simulations;
    private final Auditor auditor;
    private final ChangeControlSettings settings;
    private final Clock clock;
    private final Supplier<String> ids;

    public ChangeControl(
            ChangeRequestStore requests,
            ThresholdStore thresholds,
            ConfigurationWriter writer,
            PromptStore prompts,
            ChangeAnnouncer announcer,
            Simulations simulations,
            Auditor auditor,
            ChangeControlSettings settings,
            Clock clock,
            Supplier<String> ids) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.announcer = Objects.requireNonNull(announcer, "announcer");
        this.simulations = Objects.requireNonNull(simulations, "simulations");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The full proposed sets of a thresholds proposal: each patch applied to the category's active bounds. */
    public Map<TopicCategory, ThresholdSet> proposedSets(Map<TopicCategory, ProposeCommand.ThresholdPatch> patches) {
        Map<TopicCategory, ThresholdSet> sets = new EnumMap<>(TopicCategory.class);
        patches.forEach((category, patch) -> {
            ThresholdSet active = thresholds.get(category).active().thresholds();
            sets.put(
                    category,
                    new ThresholdSet(
                            patch.autoRespondMin().orElse(active.autoRespondMin()),
                            patch.reviewMin().orElse(active.reviewMin()),
                            patch.handoffBelow().orElse(active.handoffBelow())));
        });
        return sets;
    }

    /**
     * Stores a proposal with its simulation attached. Invalid input (bounds out of order, no category, a
     * prompt id or text out of limits) is an {@link IllegalArgumentException}.
     */
    public ChangeRequest propose(ProposeCommand command) {
        Instant now = clock.instant();
        double percent = command.canaryPercent().orElse(settings.defaultCanaryPercent());
        ChangeRequest request;
        if (command.kind() == ChangeKind.THRESHOLDS) {
            if (command.thresholds().isEmpty()) {
                throw new IllegalArgumentException("a thresholds change names at least one category");
            }
            Map<TopicCategory, ThresholdSet> sets = proposedSets(command.thresholds());
            Simulations.Simulated simulated = simulations.simulate(sets);
            request = ChangeRequest.proposed(
                    ids.get(),
                    ChangeKind.THRESHOLDS,
                    command.actor(),
                    command.reason(),
                    now,
                    sets,
                    Optional.empty(),
                    percent,
                    simulated.document());
        } else {
            String promptId =
                    command.promptId().orElseThrow(() -> new IllegalArgumentException("promptId is required"));
            String text = command.promptText().orElseThrow(() -> new IllegalArgumentException("text is required"));
            long base = prompts.active(promptId).map(PromptVersion::version).orElse(0L);
            request = ChangeRequest.proposed(
                    ids.get(),
                    ChangeKind.PROMPT,
                    command.actor(),
                    command.reason(),
                    now,
                    Map.of(),
                    Optional.of(new PromptChange(promptId, base, text, "")),
                    percent,
                    "");
        }
        if (!requests.create(request)) {
            throw new IllegalStateException("change request id collision: " + request.id());
        }
        auditor.record(
                command.actor(),
                "change-request:proposed",
                categoriesOf(request),
                request.id(),
                command.reason(),
                "",
                describeChange(request),
                headline(request));
        return request;
    }

    public Optional<ChangeRequest> find(String id) {
        return requests.find(id);
    }

    /** Approves and starts the canary, or says why not. */
    public ChangeOutcome approve(String id, Approver approver, String note) {
        Optional<ChangeRequest> found = requests.find(id);
        if (found.isEmpty()) {
            return new ChangeOutcome.NotFound(id);
        }
        ChangeRequest request = found.get();
        Optional<ApprovalPolicy.Refusal> refusal = ApprovalPolicy.check(request, approver);
        if (refusal.isEmpty()) {
            refusal = canaryConflict(request);
        }
        if (refusal.isPresent()) {
            auditor.refusal(
                    approver.userId(),
                    "change-request:approve",
                    categoriesOf(request),
                    id,
                    refusal.get().code(),
                    refusal.get().message());
            return new ChangeOutcome.Refused(refusal.get().code(), refusal.get().message());
        }
        Instant now = clock.instant();
        Optional<ChangeRequest> approved =
                requests.update(request.moveTo(ChangeState.APPROVED, now, approver.userId(), note));
        if (approved.isEmpty()) {
            return new ChangeOutcome.Refused("CONCURRENT_DECISION", "someone decided this change request meanwhile");
        }
        auditor.record(
                approver.userId(),
                "change-request:approved",
                categoriesOf(request),
                id,
                note,
                "",
                describeChange(request),
                headline(request));
        return new ChangeOutcome.Done(startCanary(approved.get()));
    }

    /** Rejects a proposal, or says why not. */
    public ChangeOutcome reject(String id, Approver approver, String note) {
        Optional<ChangeRequest> found = requests.find(id);
        if (found.isEmpty()) {
            return new ChangeOutcome.NotFound(id);
        }
        Optional<ApprovalPolicy.Refusal> refusal = ApprovalPolicy.check(found.get(), approver);
        if (refusal.isPresent()) {
            auditor.refusal(
                    approver.userId(),
                    "change-request:reject",
                    categoriesOf(found.get()),
                    id,
                    refusal.get().code(),
                    refusal.get().message());
            return new ChangeOutcome.Refused(refusal.get().code(), refusal.get().message());
        }
        Optional<ChangeRequest> rejected =
                requests.update(found.get().moveTo(ChangeState.REJECTED, clock.instant(), approver.userId(), note));
        if (rejected.isEmpty()) {
            return new ChangeOutcome.Refused("CONCURRENT_DECISION", "someone decided this change request meanwhile");
        }
        auditor.record(
                approver.userId(),
                "change-request:rejected",
                categoriesOf(found.get()),
                id,
                note,
                "",
                "",
                "rejected " + describeChange(found.get()));
        return new ChangeOutcome.Done(rejected.get());
    }

    /** Requests in {@code state}, oldest first. */
    public List<ChangeRequest> inState(ChangeState state, int limit) {
        return requests.inState(state, limit);
    }

    /** Requests whose canary is running. */
    public List<ChangeRequest> canaries() {
        return requests.inState(ChangeState.CANARY, 500);
    }

    /** Ends a canary with {@code evaluation}: promote or revert. Returns the stored request. */
    public ChangeRequest conclude(ChangeRequest request, Evaluation evaluation, String actor) {
        if (evaluation.verdict() == Evaluation.Verdict.PROMOTE) {
            promote(request, actor);
        } else {
            withdrawCanary(request, actor, evaluation.reason());
        }
        ChangeState next =
                evaluation.verdict() == Evaluation.Verdict.PROMOTE ? ChangeState.PROMOTED : ChangeState.REVERTED;
        ChangeRequest moved =
                request.withEvaluation(evaluation).moveTo(next, clock.instant(), actor, evaluation.reason());
        ChangeRequest stored = requests.update(moved)
                .orElseGet(() -> requests.find(request.id()).orElse(moved));
        auditor.record(
                actor,
                next == ChangeState.PROMOTED ? "change-request:promoted" : "change-request:reverted",
                categoriesOf(request),
                request.id(),
                evaluation.reason(),
                "",
                describeChange(request),
                evaluation.verdict() + ": " + evaluation.reason());
        return stored;
    }

    /** Marks a promoted request reverted after the breaker or on-call rolled its effect back. */
    public void markReverted(ChangeRequest request, String actor, String reason) {
        requests.update(request.moveTo(ChangeState.REVERTED, clock.instant(), actor, reason));
    }

    private ChangeRequest startCanary(ChangeRequest approved) {
        Instant now = clock.instant();
        Map<TopicCategory, Long> versions = new EnumMap<>(TopicCategory.class);
        long promptVersion = 0;
        Instant until;
        if (approved.kind() == ChangeKind.THRESHOLDS) {
            until = now.plus(settings.thresholdCanary());
            for (Map.Entry<TopicCategory, ThresholdSet> change :
                    approved.thresholds().entrySet()) {
                TopicCategory category = change.getKey();
                Optional<ConfigurationWriter.Written> written = writer.update(category, current -> {
                    long version = Math.max(current.active().version(), highestRecorded(category)) + 1;
                    return Optional.of(current.withCanary(new ThresholdCanary(
                            version, change.getValue(), approved.canaryPercent(), until, approved.id())));
                });
                written.ifPresent(w -> {
                    versions.put(category, w.after().canary().orElseThrow().version());
                    auditor.record(
                            SYSTEM,
                            "canary:started",
                            category.code(),
                            approved.id(),
                            approved.reason(),
                            Describe.configuration(w.before()),
                            Describe.configuration(w.after()),
                            "canary of " + approved.canaryPercent() + "% until " + until);
                });
            }
        } else {
            until = now.plus(settings.promptCanary());
            PromptChange change = approved.prompt().orElseThrow();
            List<PromptVersion> existing = prompts.versions(change.promptId());
            promptVersion =
                    existing.isEmpty() ? 1 : existing.get(existing.size() - 1).version() + 1;
            PromptVersion canary = new PromptVersion(
                    change.promptId(),
                    promptVersion,
                    PromptStatus.CANARY,
                    change.text(),
                    now,
                    approved.proposedBy(),
                    approved.id(),
                    Optional.of(approved.canaryPercent()),
                    Optional.of(until));
            if (!prompts.add(canary)) {
                throw new IllegalStateException("prompt version " + canary.label() + " was stored meanwhile");
            }
            announcer.promptChanged(change.promptId());
            auditor.record(
                    SYSTEM,
                    "canary:started",
                    "",
                    approved.id(),
                    approved.reason(),
                    "",
                    canary.label(),
                    "prompt canary " + canary.label() + " of " + approved.canaryPercent() + "% until " + until);
        }
        CanaryPlan plan = new CanaryPlan(approved.canaryPercent(), now, until, versions, promptVersion);
        ChangeRequest moved =
                approved.withCanary(plan).moveTo(ChangeState.CANARY, now, SYSTEM, "canary until " + until);
        return requests.update(moved).orElse(moved);
    }

    private void promote(ChangeRequest request, String actor) {
        if (request.kind() == ChangeKind.THRESHOLDS) {
            for (Map.Entry<TopicCategory, ThresholdSet> change :
                    request.thresholds().entrySet()) {
                ConfigurationWriter.Written written = writer.activate(
                        change.getKey(),
                        change.getValue(),
                        request.approvedBy().orElse(actor),
                        request.id(),
                        request.reason(),
                        c -> c.canary()
                                        .filter(x -> x.changeRequestId().equals(request.id()))
                                        .isPresent()
                                ? c.withoutCanary()
                                : c);
                auditor.record(
                        actor,
                        "thresholds:promoted",
                        change.getKey().code(),
                        request.id(),
                        request.reason(),
                        Describe.configuration(written.before()),
                        Describe.configuration(written.after()),
                        "version " + written.after().active().version() + " active");
            }
        } else {
            PromptVersion canary = promptCanaryOf(request)
                    .orElseThrow(() -> new IllegalStateException("no canary prompt version for " + request.id()));
            prompts.changeStatus(canary.withStatus(PromptStatus.ACTIVE), PromptStatus.CANARY);
            announcer.promptChanged(canary.promptId());
            auditor.record(
                    actor,
                    "prompt:promoted",
                    "",
                    request.id(),
                    request.reason(),
                    "",
                    canary.label(),
                    canary.label() + " active");
        }
    }

    /** Takes a request's canary away (thresholds: the canary map; prompt: the version retired). */
    void withdrawCanary(ChangeRequest request, String actor, String why) {
        if (request.kind() == ChangeKind.THRESHOLDS) {
            for (TopicCategory category : request.thresholds().keySet()) {
                writer.update(
                                category,
                                c -> c.canary()
                                        .filter(x -> x.changeRequestId().equals(request.id()))
                                        .map(x -> c.withoutCanary()))
                        .ifPresent(w -> auditor.record(
                                actor,
                                "canary:withdrawn",
                                category.code(),
                                request.id(),
                                why,
                                Describe.configuration(w.before()),
                                Describe.configuration(w.after()),
                                "canary withdrawn"));
            }
        } else {
            promptCanaryOf(request).ifPresent(canary -> {
                prompts.changeStatus(canary.withStatus(PromptStatus.RETIRED), PromptStatus.CANARY);
                announcer.promptChanged(canary.promptId());
                auditor.record(
                        actor, "canary:withdrawn", "", request.id(), why, canary.label(), "", "prompt canary retired");
            });
        }
    }

    private Optional<PromptVersion> promptCanaryOf(ChangeRequest request) {
        String promptId = request.prompt().orElseThrow().promptId();
        return prompts.versions(promptId).stream()
                .filter(v ->
                        v.status() == PromptStatus.CANARY && v.changeRequestId().equals(request.id()))
                .findFirst();
    }

    private Optional<ApprovalPolicy.Refusal> canaryConflict(ChangeRequest request) {
        Instant now = clock.instant();
        if (request.kind() == ChangeKind.THRESHOLDS) {
            for (TopicCategory category : request.thresholds().keySet()) {
                CategoryConfiguration current = thresholds.get(category);
                if (current.canaryInForce(now).isPresent()) {
                    return Optional.of(new ApprovalPolicy.Refusal(
                            "CANARY_IN_PROGRESS",
                            category.code() + " already runs the canary of "
                                    + current.canary().get().changeRequestId() + "; one canary per category"));
                }
            }
            return Optional.empty();
        }
        String promptId = request.prompt().orElseThrow().promptId();
        boolean running = prompts.versions(promptId).stream()
                .anyMatch(v -> v.status() == PromptStatus.CANARY
                        && v.canaryUntil().map(u -> u.isAfter(now)).orElse(false));
        return running
                ? Optional.of(new ApprovalPolicy.Refusal(
                        "CANARY_IN_PROGRESS", promptId + " already runs a canary; one canary per prompt"))
                : Optional.empty();
    }

    private long highestRecorded(TopicCategory category) {
        var history = thresholds.history(category);
        return history.isEmpty() ? 0 : history.get(history.size() - 1).version();
    }

    private static String categoriesOf(ChangeRequest request) {
        return request.thresholds().keySet().stream()
                .map(TopicCategory::code)
                .sorted()
                .collect(java.util.stream.Collectors.joining(","));
    }

    private static String describeChange(ChangeRequest request) {
        if (request.kind() == ChangeKind.PROMPT) {
            PromptChange change = request.prompt().orElseThrow();
            return "prompt " + change.promptId() + " from v" + change.baseVersion() + " ("
                    + change.text().length() + " chars)";
        }
        StringBuilder text = new StringBuilder();
        request.thresholds().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(text.length() == 0 ? "" : "; ")
                        .append(e.getKey().code())
                        .append(' ')
                        .append(Describe.set(e.getValue())));
        return text.toString();
    }

    private static String headline(ChangeRequest request) {
        return request.kind() + " change " + request.id() + " by " + request.proposedBy();
    }
}
