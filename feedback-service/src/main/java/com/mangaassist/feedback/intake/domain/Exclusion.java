package com.mangaassist.feedback.intake.domain;

/**
 * Why a stored signal does not feed aggregates or prompt improvement. A record with any exclusion, or
 * quarantined, is kept for audit and counted by the monitors as what it is, never as clean data.
 */
public enum Exclusion {
    /** Provenance score at or below the bar. */
    LOW_PROVENANCE,
    /** A correction not related to the question it corrects (embedding similarity below the minimum). */
    UNRELATED,
    /** A correction that tries to instruct the model (ignore instructions, role-play, system-prompt talk). */
    INSTRUCTION_LIKE,
    /** A correction that named a competitor (domain or brand on the blocklist). */
    COMPETITOR_MENTION,
    /** Nothing was left of a correction once links and competitors were removed. */
    EMPTY_AFTER_SANITISING,
    /** A synthetic record injected by the canary check. */
    CANARY
}
