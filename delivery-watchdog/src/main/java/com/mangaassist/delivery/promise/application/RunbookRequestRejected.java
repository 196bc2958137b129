package com.mangaassist.delivery.promise.application;

/** A runbook request outside its limits; {@code code} is the stable machine string of API.md. */
public final class RunbookRequestRejected extends RuntimeException {

    private final String code;

    public RunbookRequestRejected(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
