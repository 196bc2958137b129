package com.mangaassist.orchestrator.chat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramePolicyTest {

    private final FramePolicy policy = new FramePolicy(10);

    @Test
    void sendMessageWithTextIsAccepted() {
        ChatFrame frame = policy.validate(new RawFrame(true, "sendMessage", "c-1", "  One Piece? ", "en"));

        assertThat(frame).isEqualTo(new ChatFrame.SendMessage("c-1", "One Piece?", Language.EN));
    }

    @Test
    void languageIsDetectedFromJapaneseTextWhenAbsent() {
        ChatFrame frame = policy.validate(new RawFrame(true, "sendMessage", null, "在庫ありますか", null));

        assertThat(((ChatFrame.SendMessage) frame).language()).isEqualTo(Language.JA);
    }

    @Test
    void notJsonIsRejected() {
        assertThat(policy.validate(RawFrame.notJson()))
                .isEqualTo(new ChatFrame.Rejected(FrameError.INVALID_JSON, null));
    }

    @Test
    void unknownActionIsRejectedKeepingTheClientMessageId() {
        assertThat(policy.validate(new RawFrame(true, "deleteEverything", "c-2", "x", null)))
                .isEqualTo(new ChatFrame.Rejected(FrameError.UNKNOWN_ACTION, "c-2"));
    }

    @Test
    void missingActionIsRejectedAsUnknown() {
        assertThat(policy.validate(new RawFrame(true, null, null, "x", null)))
                .isEqualTo(new ChatFrame.Rejected(FrameError.UNKNOWN_ACTION, null));
    }

    @Test
    void blankTextIsRejected() {
        assertThat(policy.validate(new RawFrame(true, "sendMessage", "c-3", "   ", null)))
                .isEqualTo(new ChatFrame.Rejected(FrameError.EMPTY_TEXT, "c-3"));
    }

    @Test
    void textOverTheLimitInCodePointsIsRejected() {
        assertThat(policy.validate(new RawFrame(true, "sendMessage", null, "ワンピースの最新巻ですか？", null)))
                .isEqualTo(new ChatFrame.Rejected(FrameError.TEXT_TOO_LONG, null));
        assertThat(policy.validate(new RawFrame(true, "sendMessage", null, "ワンピースの最新巻", null)))
                .isInstanceOf(ChatFrame.SendMessage.class);
    }

    @Test
    void unsupportedLanguageIsRejected() {
        assertThat(policy.validate(new RawFrame(true, "sendMessage", null, "hola", "es")))
                .isEqualTo(new ChatFrame.Rejected(FrameError.UNSUPPORTED_LANGUAGE, null));
    }

    @Test
    void malformedClientMessageIdIsRejectedWithoutEchoingIt() {
        assertThat(policy.validate(new RawFrame(true, "sendMessage", "<script>", "hi", null)))
                .isEqualTo(new ChatFrame.Rejected(FrameError.INVALID_CLIENT_MESSAGE_ID, null));
    }
}
