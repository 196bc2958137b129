package com.mangaassist.feedback.improvement.domain;

import java.util.Optional;

/** The prompts table as the improvement job reads it (port). */
public interface Prompts {

    /** The highest version of {@code promptId} whose status is ACTIVE, if any. */
    Optional<ActivePrompt> active(String promptId);
}
