package com.mangaassist.reviewqueue.task.adapter.in.web;

import org.springframework.http.HttpStatus;

/** An expected refusal that becomes a problem-details response with a stable {@code code}. */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ApiProblem(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, detail);
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

    /** Ids in paths and bodies: 1–100 characters. */
    public static String checkedId(String id, String name) {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw badRequest("INVALID_ID", name + " must be 1-100 characters");
        }
        return id;
    }
}
