package com.mangaassist.feedback.provenance.domain;

import java.util.List;

/** A signal's provenance score (clamped to [-1, 1]) with the factors that made it. */
public record ProvenanceScore(double value, List<ProvenanceFactor> factors) {

    public ProvenanceScore {
        if (Double.isNaN(value) || value < -1 || value > 1) {
            throw new IllegalArgumentException("provenance score must be in [-1, 1]: " + value);
        }
        factors = List.copyOf(factors);
    }

    public static ProvenanceScore of(List<ProvenanceFactor> factors) {
        double sum = factors.stream().mapToDouble(ProvenanceFactor::weight).sum();
        double rounded = Math.round(Math.max(-1, Math.min(1, sum)) * 1000) / 1000.0;
        return new ProvenanceScore(rounded, factors);
    }
}
