package com.mangaassist.orchestrator.chat.domain;

import java.util.regex.Pattern;

/**
 * Validates client frames: the only action is {@code sendMessage}; text is required, trimmed, and at
 * most {@code maxTextLength} code points; {@code clientMessageId} is optional and bounded; {@code lang}
 * is optional ({@code ja}/{@code en}) and detected from the text when absent.
 */
public record FramePolicy(int maxTextLength) {

    public static final String SEND_MESSAGE = "sendMessage";
    private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public FramePolicy {
        if (maxTextLength < 1 || maxTextLength > 32_768) {
            throw new IllegalArgumentException("maxTextLength must be in [1, 32768]: " + maxTextLength);
        }
    }

    public ChatFrame validate(RawFrame raw) {
        if (!raw.json()) {
            return new ChatFrame.Rejected(FrameError.INVALID_JSON, null);
        }
        String clientMessageId = raw.clientMessageId();
        if (clientMessageId != null
                && !CLIENT_MESSAGE_ID.matcher(clientMessageId).matches()) {
            return new ChatFrame.Rejected(FrameError.INVALID_CLIENT_MESSAGE_ID, null);
        }
        if (!SEND_MESSAGE.equals(raw.action())) {
            return new ChatFrame.Rejected(FrameError.UNKNOWN_ACTION, clientMessageId);
        }
        String text = raw.text() == null ? "" : raw.text().strip();
        if (text.isEmpty()) {
            return new ChatFrame.Rejected(FrameError.EMPTY_TEXT, clientMessageId);
        }
        if (text.codePointCount(0, text.length()) > maxTextLength) {
            return new ChatFrame.Rejected(FrameError.TEXT_TOO_LONG, clientMessageId);
        }
        Language language;
        if (raw.lang() == null) {
            language = Language.detect(text);
        } else {
            var declared = Language.fromCode(raw.lang());
            if (declared.isEmpty()) {
                return new ChatFrame.Rejected(FrameError.UNSUPPORTED_LANGUAGE, clientMessageId);
            }
            language = declared.get();
        }
        return new ChatFrame.SendMessage(clientMessageId, text, language);
    }
}
