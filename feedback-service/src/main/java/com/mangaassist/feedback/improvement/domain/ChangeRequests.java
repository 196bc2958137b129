package com.mangaassist.feedback.improvement.domain;

import java.util.List;

/** Prompt change requests this service proposed (port; the {@code change-requests} table). */
public interface ChangeRequests {

    /** Stores a new proposal. */
    void propose(PromptProposal proposal);

    /** This service's prompt proposals, newest first, at most {@code limit}, in whatever state they are now. */
    List<PromptProposal> proposals(int limit);
}
