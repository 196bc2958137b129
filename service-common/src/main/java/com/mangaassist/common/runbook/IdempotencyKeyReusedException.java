package com.mangaassist.common.runbook;

/** An idempotency key already used for a different runbook. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String action) {
        super("this Idempotency-Key was used for " + action);
    }
}
