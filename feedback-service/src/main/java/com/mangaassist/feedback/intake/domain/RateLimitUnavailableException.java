package com.mangaassist.feedback.intake.domain;

/** The rate-limit store cannot be reached: feedback is refused (limits fail closed), never let through unchecked. */
public class RateLimitUnavailableException extends RuntimeException {

    public RateLimitUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
