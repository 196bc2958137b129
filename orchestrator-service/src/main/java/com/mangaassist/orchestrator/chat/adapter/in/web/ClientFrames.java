package com.mangaassist.orchestrator.chat.adapter.in.web;

import com.mangaassist.orchestrator.chat.domain.RawFrame;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client frame's bytes as the gateway forwards them, read into a {@link RawFrame}: anything that is not a
 * JSON object of at most {@link #MAX_FRAME_BYTES} bytes is {@link RawFrame#notJson()}; fields of the wrong type
 * are absent. Never throws: the parser's own limits (nesting depth, number and string lengths) count as not
 * JSON. Property-tested by {@code ClientFramesFuzzTest}.
 */
final class ClientFrames {

    static final int MAX_FRAME_BYTES = 128 * 1024;

    private ClientFrames() {}

    static RawFrame decode(byte[] body, JsonMapper json) {
        if (body == null || body.length > MAX_FRAME_BYTES) {
            return RawFrame.notJson();
        }
        JsonNode node;
        try {
            node = json.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException notJson) {
            return RawFrame.notJson();
        }
        if (node == null || !node.isObject()) {
            return RawFrame.notJson();
        }
        return new RawFrame(
                true, text(node, "action"), text(node, "clientMessageId"), text(node, "text"), text(node, "lang"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
