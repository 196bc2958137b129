package com.mangaassist.systemtests.load;

/**
 * The server's reply to a turn: its {@code type} ({@code answer}, {@code review_acknowledgment},
 * {@code handoff} or {@code error}), the turn's {@code messageId} (absent on errors) and, for an
 * error, its {@code code}.
 */
record Reply(String type, String messageId, String errorCode) {

    static final String ERROR = "error";
}
