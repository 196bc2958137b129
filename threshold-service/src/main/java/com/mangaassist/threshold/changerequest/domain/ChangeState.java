package com.mangaassist.threshold.changerequest.domain;

/**
 * PROPOSED → APPROVED → CANARY → PROMOTED, or REJECTED (by an approver) / REVERTED (by the evaluation, the
 * breaker or on-call). APPROVED is momentary: approval starts the canary at once.
 */
public enum ChangeState {
    PROPOSED,
    APPROVED,
    CANARY,
    PROMOTED,
    REJECTED,
    REVERTED;

    public boolean terminal() {
        return this == PROMOTED || this == REJECTED || this == REVERTED;
    }
}
