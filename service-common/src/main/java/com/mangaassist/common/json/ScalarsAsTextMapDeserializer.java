package com.mangaassist.common.json;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@code Map<String, String>}, a free-form bag of named values, taking any scalar as its text and null as
 * null; objects and arrays as values are refused. Actuator reads the body of every {@code @WriteOperation} into such
 * a map, so {@code {"dryRun": false, "olderThanSeconds": 300}} must stay readable while {@link StrictJsonTypes}
 * refuses the same coercion into a typed field.
 */
final class ScalarsAsTextMapDeserializer extends StdDeserializer<Map<String, String>> {

    ScalarsAsTextMapDeserializer() {
        super(Map.class);
    }

    @Override
    public Map<String, String> deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        } else if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT) {
            return (Map<String, String>) ctxt.handleUnexpectedToken(Map.class, p);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                values.put(name, null);
            } else if (value.isScalarValue()) {
                values.put(name, p.getString());
            } else {
                return (Map<String, String>) ctxt.reportInputMismatch(
                        this, "the value of '%s' must be text, a number or a boolean, not %s", name, value);
            }
        }
        return values;
    }
}
