package com.mangaassist.orchestrator.routing.domain;

import java.util.Arrays;
import java.util.Optional;

/** Why the threshold service put a time-boxed override in place. */
public enum OverrideKind {
    /** An on-call runbook relaxed the thresholds by hand. */
    EMERGENCY,
    /** Review capacity collapsed and the service relaxed the thresholds by itself. */
    BACKPRESSURE,
    /** The time-of-day profile relaxes the thresholds at peak. */
    PROFILE;

    /** The kind stored as {@code name}, if it is one of the three. */
    public static Optional<OverrideKind> fromStored(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
