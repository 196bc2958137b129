package com.mangaassist.orchestrator.chat.domain;

/**
 * The fields of a decoded client frame, before validation. Any field may be null. {@code json} is
 * false when the frame was not a JSON object at all.
 */
public record RawFrame(boolean json, String action, String clientMessageId, String text, String lang) {

    public static RawFrame notJson() {
        return new RawFrame(false, null, null, null, null);
    }
}
