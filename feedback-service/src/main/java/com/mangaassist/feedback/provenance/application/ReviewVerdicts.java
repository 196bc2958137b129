package com.mangaassist.feedback.provenance.application;

import java.util.Optional;

/** What reviewers decided about rated messages (port; review-queue's {@code review-tasks} table). */
public interface ReviewVerdicts {

    /** The latest reviewer decision on {@code messageId}, if a reviewer decided it. */
    Optional<Verdict> forMessage(String messageId);

    /** A reviewer's decision. */
    enum Verdict {
        APPROVE,
        EDIT,
        REJECT
    }
}
