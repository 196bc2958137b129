package com.mangaassist.common.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * An expected refusal, thrown by a web adapter, that {@link ApiProblemHandlerSupport} turns into RFC 9457
 * problem details with a stable {@code code} (and {@code Retry-After} when it has one).
 */
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

    /** When to try again (429), else null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, detail);
    }

    public static ApiProblem unprocessable(String code, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, code, detail);
    }

    public static ApiProblem notFound(String code, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, detail);
    }

    public static ApiProblem forbidden(String code, String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, code, detail);
    }

    /** Ids in paths and bodies: 1-100 characters, no whitespace or control characters. */
    public static String checkedId(String id, String name) {
        if (id == null
                || id.isEmpty()
                || id.length() > 100
                || id.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw badRequest("INVALID_ID", name + " must be 1-100 characters without spaces");
        }
        return id;
    }
}
