package com.mangaassist.threshold.signals.domain;

/** The review service's snapshots could not be read: the capacity is unknown, not zero. */
public class ReviewSignalsUnavailableException extends RuntimeException {

    public ReviewSignalsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
