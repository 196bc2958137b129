package com.mangaassist.orchestrator.chat.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.orchestrator.chat.domain.ChatFrame;
import com.mangaassist.orchestrator.chat.domain.FramePolicy;
import com.mangaassist.orchestrator.chat.domain.RawFrame;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzing what a customer can put in a WebSocket frame (issue 14): random bytes (invalid UTF-8 included),
 * random JSON with the known fields at random types, huge numbers, deep nesting and the 128 KB edge. The
 * invariants: reading and validating never throws (so the gateway never gets a 5xx for a bad frame and the
 * socket stays open), a frame is accepted only when it is a {@code sendMessage} with a non-blank text within
 * the limit, and what is accepted satisfies every rule the policy states.
 */
class ClientFramesFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FramePolicy POLICY = new FramePolicy(2000);

    @Property
    void randomBytesNeverThrowAndAreNeverAMessage(@ForAll @Size(max = 4096) byte[] body) {
        ChatFrame frame = POLICY.validate(ClientFrames.decode(body, JSON));

        assertThat(frame).isInstanceOf(ChatFrame.Rejected.class);
    }

    @Property
    void randomJsonObjectsAreAcceptedOnlyWhenTheyFollowTheRules(@ForAll("frames") Map<String, Object> fields) {
        byte[] body = JSON.writeValueAsBytes(fields);

        RawFrame raw = ClientFrames.decode(body, JSON);
        ChatFrame frame = POLICY.validate(raw);

        assertThat(raw.json()).isTrue();
        Object text = fields.get("text");
        boolean acceptable = "sendMessage".equals(fields.get("action"))
                && text instanceof String
                && !((String) text).isBlank()
                && ((String) text)
                                .strip()
                                .codePointCount(0, ((String) text).strip().length())
                        <= 2000;
        if (!acceptable) {
            assertThat(frame).as(fields.toString()).isInstanceOf(ChatFrame.Rejected.class);
            return;
        }
        if (frame instanceof ChatFrame.SendMessage) {
            ChatFrame.SendMessage message = (ChatFrame.SendMessage) frame;
            assertThat(message.text()).isNotBlank().isEqualTo(((String) text).strip());
            if (message.clientMessageId() != null) {
                assertThat(message.clientMessageId()).matches("[A-Za-z0-9._:-]{1,64}");
            }
        } else {
            // acceptable text, but a bad clientMessageId or lang: rejected, with a reason the client can act on
            assertThat(((ChatFrame.Rejected) frame).error().code())
                    .as(fields.toString())
                    .isIn("INVALID_CLIENT_MESSAGE_ID", "UNSUPPORTED_LANGUAGE");
        }
    }

    @Example
    void deepNestingIsNotJsonRatherThanAStackOverflow() {
        String deep =
                "{\"action\":\"sendMessage\",\"text\":\"hi\",\"x\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";

        assertThat(ClientFrames.decode(deep.getBytes(StandardCharsets.UTF_8), JSON)
                        .json())
                .isFalse();
    }

    @Example
    void hugeNumbersInUnknownFieldsDoNotBreakReading() {
        String body =
                "{\"action\":\"sendMessage\",\"text\":\"Berserk?\",\"n\":1" + "0".repeat(5_000) + ",\"big\":1e999999}";

        ChatFrame frame = POLICY.validate(ClientFrames.decode(body.getBytes(StandardCharsets.UTF_8), JSON));

        assertThat(frame).isInstanceOfAny(ChatFrame.SendMessage.class, ChatFrame.Rejected.class);
    }

    @Example
    void theFrameLimitIs128KilobytesExactly() {
        String prefix = "{\"action\":\"sendMessage\",\"text\":\"hi\",\"pad\":\"";
        String suffix = "\"}";
        int fill = ClientFrames.MAX_FRAME_BYTES - prefix.length() - suffix.length();
        byte[] atLimit = (prefix + "a".repeat(fill) + suffix).getBytes(StandardCharsets.UTF_8);
        byte[] overLimit = (prefix + "a".repeat(fill + 1) + suffix).getBytes(StandardCharsets.UTF_8);

        assertThat(atLimit).hasSize(ClientFrames.MAX_FRAME_BYTES);
        assertThat(ClientFrames.decode(atLimit, JSON).json()).isTrue();
        assertThat(ClientFrames.decode(overLimit, JSON).json()).isFalse();
    }

    @Example
    void invalidUtf8InTheTextIsReplacedNotFatal() {
        byte[] head = "{\"action\":\"sendMessage\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'o', 'k'};
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + bad.length + tail.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);

        ChatFrame frame = POLICY.validate(ClientFrames.decode(body, JSON));

        assertThat(frame).isInstanceOf(ChatFrame.SendMessage.class);
        assertThat(((ChatFrame.SendMessage) frame).text()).contains("ok").contains("\uFFFD");
    }

    @Provide
    Arbitrary<Map<String, Object>> frames() {
        Arbitrary<Object> anyValue = values(3);
        Arbitrary<Object> action = Arbitraries.oneOf(
                Arbitraries.just((Object) "sendMessage"),
                Arbitraries.of("SendMessage", "", "orderEverything").map(v -> (Object) v),
                anyValue);
        Arbitrary<Object> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(50).map(v -> (Object) v),
                Arbitraries.strings().withChars(' ', '\t', '\n').ofMaxLength(5).map(v -> (Object) v),
                Arbitraries.strings().ofMinLength(1990).ofMaxLength(2010).map(v -> (Object) v),
                anyValue);
        Arbitrary<Object> clientMessageId = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .ofMinLength(1)
                        .ofMaxLength(70)
                        .map(v -> (Object) v),
                anyValue);
        Arbitrary<Object> lang =
                Arbitraries.oneOf(Arbitraries.of("ja", "en", "fr", "JA", "").map(v -> (Object) v), anyValue);
        Arbitrary<Map<String, Object>> extras = Arbitraries.maps(
                        Arbitraries.strings().withCharRange('a', 'z').ofLength(3), anyValue)
                .ofMaxSize(3);
        return Combinators.combine(extras, action, text, clientMessageId.injectNull(0.3), lang.injectNull(0.5))
                .as((base, a, t, c, l) -> {
                    Map<String, Object> frame = new LinkedHashMap<>(base);
                    frame.put("action", a);
                    frame.put("text", t);
                    frame.put("clientMessageId", c);
                    frame.put("lang", l);
                    return frame;
                });
    }

    /** JSON values of every type, nested up to {@code depth}. */
    private static Arbitrary<Object> values(int depth) {
        List<Arbitrary<Object>> leaves = List.of(
                Arbitraries.strings().ofMaxLength(20).map(v -> (Object) v),
                Arbitraries.integers().map(v -> (Object) v),
                Arbitraries.longs().map(v -> (Object) v),
                Arbitraries.doubles().map(v -> (Object) v),
                Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(v -> (Object) v),
                Arbitraries.of(true, false).map(v -> (Object) v));
        Arbitrary<Object> leaf = Arbitraries.oneOf(leaves);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> nested = values(depth - 1);
        return Arbitraries.oneOf(
                leaf,
                nested.list().ofMaxSize(3).map(v -> (Object) v),
                Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'e').ofLength(1), nested)
                        .ofMaxSize(3)
                        .map(v -> (Object) v));
    }
}
