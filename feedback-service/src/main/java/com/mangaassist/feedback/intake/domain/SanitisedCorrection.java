package com.mangaassist.feedback.intake.domain;

import java.util.Set;

/** A correction after sanitising: the text to use, what was removed, and what excludes it. */
public record SanitisedCorrection(String text, int linksRemoved, int competitorsRemoved, Set<Exclusion> exclusions) {

    public SanitisedCorrection {
        exclusions = Set.copyOf(exclusions);
    }
}
