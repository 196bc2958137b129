package com.mangaassist.delivery.promise.domain;

import java.util.Locale;

/**
 * Why a delivery step failed. Retryable kinds are retried with backoff in place; the others are
 * loud (error log, metric) and leave the queue message unacknowledged, so it returns and finally
 * reaches the dead-letter queue.
 */
public enum FailureKind {
    /** 429 / {@code LimitExceededException} / throttling error codes. */
    THROTTLED(true),
    /** 5xx from the service. */
    SERVER_ERROR(true),
    /** No HTTP answer at all (connection refused, timeout). */
    NETWORK(true),
    /** 403 / {@code AccessDeniedException}: a permission is missing (scenario 4). */
    ACCESS_DENIED(false),
    /** The request was refused as invalid (400, 413). */
    VALIDATION(false),
    /** A queue message that is not a valid {@code DeliveryRequest}. */
    INVALID_REQUEST(false),
    /** A response for a message id without a promise. */
    NO_PROMISE(false),
    /** The customer has no way to be reached: closed connection, no inbox write possible. */
    UNREACHABLE(false),
    /** Anything not classified above. */
    UNKNOWN(false);

    private final boolean retryable;

    FailureKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** Metric tag value, for example {@code access_denied}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Classifies an HTTP status (0 = no answer) and an AWS error code (may be null). */
    public static FailureKind classify(int httpStatus, String errorCode) {
        String code = errorCode == null ? "" : errorCode;
        if (httpStatus == 429 || code.equals("LimitExceededException") || code.contains("Throttl")) {
            return THROTTLED;
        }
        if (httpStatus == 403 || code.contains("AccessDenied") || code.equals("ForbiddenException")) {
            return ACCESS_DENIED;
        }
        if (httpStatus >= 500) {
            return SERVER_ERROR;
        }
        if (httpStatus == 0) {
            return NETWORK;
        }
        if (httpStatus == 400 || httpStatus == 413 || code.contains("Validation")) {
            return VALIDATION;
        }
        return UNKNOWN;
    }
}
