package com.mangaassist.orchestrator.chat.domain;

/** Why a client frame was rejected; {@link #code()} is what the client receives. */
public enum FrameError {
    INVALID_JSON("The message must be a JSON object."),
    UNKNOWN_ACTION("Unknown action; supported: sendMessage."),
    EMPTY_TEXT("The text must not be empty."),
    TEXT_TOO_LONG("The text is too long."),
    INVALID_CLIENT_MESSAGE_ID("clientMessageId must be 1-64 characters of letters, digits, '-', '_', '.' or ':'."),
    UNSUPPORTED_LANGUAGE("lang must be \"ja\" or \"en\".");

    private final String message;

    FrameError(String message) {
        this.message = message;
    }

    public String code() {
        return name();
    }

    public String message() {
        return message;
    }
}
