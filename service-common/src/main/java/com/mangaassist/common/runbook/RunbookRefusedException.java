package com.mangaassist.common.runbook;

/**
 * A runbook call refused before it changed anything, with the stable {@code code} of API.md: the input is
 * invalid, conflicts with an earlier call, or cannot be acted on. The web adapters choose the status.
 */
public class RunbookRefusedException extends RuntimeException {

    /** Why the call was refused. */
    public enum Kind {
        INVALID,
        CONFLICT,
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String code;

    public RunbookRefusedException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
