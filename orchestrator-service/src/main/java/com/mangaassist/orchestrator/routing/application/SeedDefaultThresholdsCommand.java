package com.mangaassist.orchestrator.routing.application;

/** Seed the default thresholds, recording {@code seededBy} as their author. */
public record SeedDefaultThresholdsCommand(String seededBy) {

    public SeedDefaultThresholdsCommand {
        if (seededBy == null || seededBy.isBlank()) {
            throw new IllegalArgumentException("seededBy must not be blank");
        }
    }
}
