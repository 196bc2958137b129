package com.mangaassist.feedback.improvement.application;

import com.mangaassist.common.runbook.AuditEntry;
import com.mangaassist.common.runbook.AuditLog;
import com.mangaassist.feedback.improvement.domain.ActivePrompt;
import com.mangaassist.feedback.improvement.domain.ChangeRequests;
import com.mangaassist.feedback.improvement.domain.FreezeState;
import com.mangaassist.feedback.improvement.domain.ImprovementPolicy;
import com.mangaassist.feedback.improvement.domain.PipelineFreeze;
import com.mangaassist.feedback.improvement.domain.PromptProposal;
import com.mangaassist.feedback.improvement.domain.Prompts;
import com.mangaassist.feedback.improvement.domain.ProposalBuilder;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.quality.domain.GateReport;
import com.mangaassist.feedback.quality.domain.QualityGate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The prompt-improvement job (scenarios 2 and 5). It runs only when the quality gate is green and the
 * pipeline is not frozen; otherwise it refuses with the reasons and builds nothing. It reads the usable,
 * non-canary feedback of the policy's window (every page of every day), builds a proposal against the active
 * prompt and stores it as a PROPOSED change request. It never deploys a prompt. Every run is audited and
 * counted.
 */
public final class ImprovePrompt {

    public static final String ACTION = "feedback:prompt-improvement";
    private static final int PAGE = 100;

    private final QualityGate gate;
    private final PipelineFreeze freeze;
    private final Prompts prompts;
    private final FeedbackStore store;
    private final ChangeRequests changeRequests;
    private final AuditLog audit;
    private final ImprovementEvents events;
    private final ImprovementPolicy policy;
    private final Clock clock;

    public ImprovePrompt(
            QualityGate gate,
            PipelineFreeze freeze,
            Prompts prompts,
            FeedbackStore store,
            ChangeRequests changeRequests,
            AuditLog audit,
            ImprovementEvents events,
            ImprovementPolicy policy,
            Clock clock) {
        this.gate = gate;
        this.freeze = freeze;
        this.prompts = prompts;
        this.store = store;
        this.changeRequests = changeRequests;
        this.audit = audit;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    /** One run on behalf of {@code actor} ({@code scheduler} for the weekly run). */
    public ImprovementOutcome run(String actor) {
        ImprovementOutcome outcome = decide();
        String result;
        String summary;
        if (outcome instanceof ImprovementOutcome.Proposed proposed) {
            result = "proposed";
            summary = "proposed " + proposed.proposal().changeRequestId() + " against "
                    + proposed.proposal().promptId() + "@v"
                    + proposed.proposal().baseVersion() + " from "
                    + proposed.proposal().feedbackIds().size() + " signals";
        } else if (outcome instanceof ImprovementOutcome.Refused refused) {
            result = "refused";
            summary = "REFUSED " + refused.code() + ": " + String.join("; ", refused.reasons());
        } else {
            ImprovementOutcome.Nothing nothing = (ImprovementOutcome.Nothing) outcome;
            result = "nothing";
            summary = "nothing to propose: " + nothing.reason();
        }
        audit.append(new AuditEntry(clock.instant(), actor, ACTION, "prompt-improvement run", false, summary));
        events.ran(result);
        return outcome;
    }

    private ImprovementOutcome decide() {
        List<String> reasons = new ArrayList<>();
        String code = null;
        Optional<FreezeState> frozen = freeze.current().filter(FreezeState::frozen);
        if (frozen.isPresent()) {
            code = "FROZEN";
            reasons.add("prompt improvement is " + frozen.get().describe());
        }
        GateReport report = gate.evaluate();
        if (!report.green()) {
            code = code == null ? "QUALITY_GATE_RED" : code;
            reasons.addAll(report.reasons().isEmpty() ? List.of("the quality gate is not green") : report.reasons());
        }
        if (code != null) {
            return new ImprovementOutcome.Refused(code, reasons);
        }
        Optional<ActivePrompt> prompt = prompts.active(policy.promptId());
        if (prompt.isEmpty()) {
            return new ImprovementOutcome.Refused(
                    "NO_ACTIVE_PROMPT", List.of("no ACTIVE version of prompt " + policy.promptId()));
        }
        Instant now = clock.instant();
        List<FeedbackRecord> usable = usableSince(now.minus(policy.window()), now);
        Optional<PromptProposal> proposal =
                new ProposalBuilder(policy).build("cr-" + UUID.randomUUID(), prompt.get(), usable, now);
        if (proposal.isEmpty()) {
            return new ImprovementOutcome.Nothing(usable.size(), "no topic below target and no usable corrections");
        }
        changeRequests.propose(proposal.get());
        return new ImprovementOutcome.Proposed(proposal.get());
    }

    private List<FeedbackRecord> usableSince(Instant from, Instant to) {
        List<FeedbackRecord> usable = new ArrayList<>();
        LocalDate last = to.atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            String cursor = null;
            do {
                FeedbackStore.Slice slice = store.byDay(day, from, to, cursor, PAGE);
                slice.records().stream().filter(r -> r.usable() && !r.canary()).forEach(usable::add);
                cursor = slice.nextCursor();
            } while (cursor != null);
        }
        return usable;
    }
}
