package com.mangaassist.orchestrator.routing.domain;

/** Which part of a topic's thresholds item a turn was routed with (recorded as {@code threshold_variant}). */
public enum ThresholdVariant {
    /** The active version. */
    ACTIVE,
    /** The canary version, because the turn's session is in the canary's cohort. */
    CANARY,
    /** A time-boxed override in force (never on a protected topic). */
    OVERRIDE
}
