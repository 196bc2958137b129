package com.mangaassist.feedback.runbook.application;

/** An idempotency key already used for a different runbook. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String action) {
        super("this Idempotency-Key was used for " + action);
    }
}
