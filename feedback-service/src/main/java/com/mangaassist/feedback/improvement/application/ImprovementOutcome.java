package com.mangaassist.feedback.improvement.application;

import com.mangaassist.feedback.improvement.domain.PromptProposal;
import java.util.List;

/** What a run of the prompt-improvement job came to. */
public sealed interface ImprovementOutcome {

    /** A proposal was stored as a change request. */
    record Proposed(PromptProposal proposal) implements ImprovementOutcome {}

    /**
     * The job did not build anything: {@code code} is FROZEN, QUALITY_GATE_RED or NO_ACTIVE_PROMPT (the first
     * that applies), {@code reasons} every reason found.
     */
    record Refused(String code, List<String> reasons) implements ImprovementOutcome {

        public Refused {
            reasons = List.copyOf(reasons);
        }
    }

    /** Clean feedback gave no topic that needs guidance. */
    record Nothing(int usableSignals, String reason) implements ImprovementOutcome {}
}
