package com.mangaassist.reviewqueue.stats.application;

/** The signals of this instance could not be published; the previous publication stays until it expires. */
public class SignalPublishException extends RuntimeException {

    public SignalPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
