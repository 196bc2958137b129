package com.mangaassist.feedback.provenance.domain;

import java.util.Objects;

/** One line of a provenance score's breakdown: the rule, its weight, and what was observed. */
public record ProvenanceFactor(String rule, double weight, String observed) {

    public ProvenanceFactor {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(observed, "observed");
    }
}
