package com.mangaassist.threshold.configuration.domain;

import java.util.List;
import java.util.Optional;

/** The {@code prompts} table (port). */
public interface PromptStore {

    /** Every stored version of {@code promptId}, oldest first. */
    List<PromptVersion> versions(String promptId);

    /** Stores a new version; false when that version number exists already. */
    boolean add(PromptVersion version);

    /** Sets the status of a stored version if it still has {@code expected}; false otherwise. */
    boolean changeStatus(PromptVersion version, PromptStatus expected);

    /** The serving version: the highest {@link PromptStatus#ACTIVE} one. */
    default Optional<PromptVersion> active(String promptId) {
        List<PromptVersion> all = versions(promptId);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).status() == PromptStatus.ACTIVE) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }
}
