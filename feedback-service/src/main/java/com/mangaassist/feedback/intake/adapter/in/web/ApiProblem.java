package com.mangaassist.feedback.intake.adapter.in.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** An expected refusal that becomes a problem-details response with a stable {@code code}. */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Duration retryAfter;

    public ApiProblem(HttpStatus status, String code, String detail, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public ApiProblem(HttpStatus status, String code, String detail) {
        this(status, code, detail, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** For 429: when to try again, else null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, detail);
    }

    public static ApiProblem unprocessable(String code, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
    }

    public static ApiProblem notFound(String code, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, detail);
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, code, detail);
    }

    /** Ids in paths and bodies: 1-100 printable characters. */
    public static String checkedId(String id, String name) {
        if (id == null || id.isBlank() || id.length() > 100 || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw badRequest("INVALID_ID", name + " must be 1-100 printable ASCII characters");
        }
        return id;
    }
}
