package com.mangaassist.common.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hostile or broken client sends (issue 14): JSON values of every type at the wrong places, huge numbers,
 * deep nesting, long and odd strings, bodies around the 128 KB edge, invalid UTF-8, random bytes, and header and
 * query values that are too long, carry control characters or are not ASCII. Shared by the services' REST fuzz
 * tests; each names its fields and the values that would be valid, so a body mixes plausible and hostile parts.
 * Edge cases are off: their combinations over these nested generators explode at 10,000 tries (jqwik spent
 * minutes and gigabytes computing them before the first try).
 */
public final class FuzzInputs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The largest body a service should expect from a sane client; fuzzers probe both sides of it. */
    public static final int EDGE = 128 * 1024;

    private FuzzInputs() {}

    /** Strings a client might send: ordinary, empty, blank, long, control characters, non-BMP, markup, NUL. */
    public static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                        Arbitraries.strings().ofMaxLength(40),
                        Arbitraries.strings().all().ofMaxLength(300),
                        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20),
                        Arbitraries.of(
                                "",
                                " ",
                                "\t\n",
                                "null",
                                "0",
                                "-1",
                                "1e309",
                                "NaN",
                                "../../etc/passwd",
                                "%00",
                                "\u0000",
                                "😀😀",
                                "\ud800",
                                "<script>alert(1)</script>",
                                "' OR '1'='1",
                                "2026-02-30",
                                "9999-12-31T23:59:59Z",
                                "-999999999-01-01T00:00:00Z"),
                        Arbitraries.integers().between(1, 70_000).map("x"::repeat))
                .withoutEdgeCases();
    }

    /** Numbers of every size and shape JSON allows (and some it only tolerates). */
    public static Arbitrary<Object> numbers() {
        return Arbitraries.oneOf(
                        Arbitraries.integers().map(i -> (Object) i),
                        Arbitraries.longs().map(l -> (Object) l),
                        Arbitraries.doubles().map(d -> (Object) d),
                        Arbitraries.bigIntegers()
                                .between(BigInteger.TEN.pow(400).negate(), BigInteger.TEN.pow(400))
                                .map(b -> (Object) b),
                        Arbitraries.of(0, -0.0, 1.0E308, -1.0E-320, Long.MAX_VALUE, Long.MIN_VALUE, 0.5, 1.000001)
                                .map(n -> (Object) n))
                .withoutEdgeCases();
    }

    /** Any JSON value, nesting at most {@code depth} levels of arrays and objects. */
    public static Arbitrary<Object> values(int depth) {
        Arbitrary<Object> leaves = Arbitraries.oneOf(
                strings().map(s -> (Object) s),
                numbers(),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        if (depth <= 0) {
            return leaves;
        }
        Arbitrary<Object> lists = values(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> maps =
                Arbitraries.maps(strings(), values(depth - 1)).ofMaxSize(4).map(m -> (Object) m);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, leaves),
                        net.jqwik.api.Tuple.of(1, lists),
                        net.jqwik.api.Tuple.of(1, maps))
                .withoutEdgeCases();
    }

    /**
     * JSON objects with the given fields (each missing, plausible or of a random type) and sometimes an unknown
     * field; {@code plausible} maps a field to the values a valid client would send.
     */
    public static Arbitrary<Map<String, Object>> objects(Map<String, Arbitrary<Object>> plausible) {
        List<Arbitrary<Map.Entry<String, Object>>> fields = new ArrayList<>();
        Object absent = new Object();
        for (Map.Entry<String, Arbitrary<Object>> field : plausible.entrySet()) {
            Arbitrary<Object> value = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, field.getValue()),
                    net.jqwik.api.Tuple.of(2, values(2)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(absent)));
            fields.add(value.map(v -> new java.util.AbstractMap.SimpleEntry<>(field.getKey(), v)));
        }
        Arbitrary<Map<String, Object>> extra =
                Arbitraries.maps(strings(), values(1)).ofMaxSize(2);
        return Combinators.combine(Combinators.combine(fields).as(list -> list), extra)
                .as((known, unknown) -> {
                    Map<String, Object> object = new LinkedHashMap<>(unknown);
                    for (Map.Entry<String, Object> field : known) {
                        if (field.getValue() == absent) {
                            object.remove(field.getKey());
                        } else {
                            object.put(field.getKey(), field.getValue());
                        }
                    }
                    return object;
                })
                .withoutEdgeCases();
    }

    /** Serialises as the client would. */
    public static byte[] json(Object value) {
        // via a String: a lone surrogate becomes '?' rather than failing the generator
        return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Bodies that are not (quite) JSON: random bytes, invalid UTF-8 inside strings, truncations, deep nesting,
     * padding to just under and over the 128 KB edge, the wrong top-level type, and nothing at all.
     */
    public static Arbitrary<byte[]> malformed(Arbitrary<Map<String, Object>> objects) {
        Arbitrary<byte[]> valid = objects.map(FuzzInputs::json);
        return Arbitraries.oneOf(
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(2048),
                        Combinators.combine(valid, Arbitraries.integers().between(0, 4096))
                                .as((b, cut) -> java.util.Arrays.copyOf(b, Math.min(cut, b.length))),
                        valid.map(FuzzInputs::withInvalidUtf8),
                        Arbitraries.integers().between(1, 100_000).map(FuzzInputs::nested),
                        Combinators.combine(valid, Arbitraries.integers().between(-2, 2))
                                .as((b, delta) -> padded(b, EDGE + delta)),
                        values(3).map(FuzzInputs::json),
                        Arbitraries.of(
                                new byte[0],
                                "null".getBytes(StandardCharsets.UTF_8),
                                "[]".getBytes(StandardCharsets.UTF_8),
                                "\"{}\"".getBytes(StandardCharsets.UTF_8),
                                "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8),
                                "{\"\u0000\":\"\"}".getBytes(StandardCharsets.UTF_8),
                                "{} {}".getBytes(StandardCharsets.UTF_8),
                                "\ufeff{}".getBytes(StandardCharsets.UTF_8),
                                "{'single':'quotes'}".getBytes(StandardCharsets.UTF_8),
                                "{\"n\":1e99999999}".getBytes(StandardCharsets.UTF_8),
                                "{\"n\":-}".getBytes(StandardCharsets.UTF_8)))
                .withoutEdgeCases();
    }

    /** Every kind of body: well-formed objects with hostile fields, and malformed ones. */
    public static Arbitrary<byte[]> bodies(Map<String, Arbitrary<Object>> plausible) {
        Arbitrary<Map<String, Object>> objects = objects(plausible);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, objects.map(FuzzInputs::json)),
                        net.jqwik.api.Tuple.of(2, malformed(objects)))
                .withoutEdgeCases();
    }

    /** Header values: too long, control characters, non-ASCII, blank, near-valid. */
    public static Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(
                        strings(),
                        Arbitraries.integers().between(100, 20_000).map("k"::repeat),
                        Arbitraries.strings()
                                .withCharRange('\u0000', '\u001f')
                                .ofMinLength(1)
                                .ofMaxLength(10),
                        Arbitraries.strings()
                                .withCharRange('\u0080', '\u07ff')
                                .ofMinLength(1)
                                .ofMaxLength(50),
                        Arbitraries.of(
                                "Bearer",
                                "Bearer ",
                                "bearer x",
                                "Basic dXNlcjpwYXNz",
                                "Bearer a.b.c",
                                "Bearer ..",
                                "Bearer " + "A".repeat(10_000),
                                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
                                "Bearer\r\nX: y"))
                .withoutEdgeCases();
    }

    /** Query parameter values: numbers out of range, garbage, dates that do not exist, very long. */
    public static Arbitrary<String> queryValues() {
        return Arbitraries.oneOf(
                        strings(),
                        numbers().map(String::valueOf),
                        Arbitraries.integers().between(-5, 2000).map(String::valueOf),
                        Arbitraries.of("2026-12-01", "2026-01-01T00:00:00Z", "true", "PENDING", "P1", "senior"))
                .withoutEdgeCases();
    }

    static byte[] withInvalidUtf8(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        int quote = text.indexOf('"', 1);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        if (quote < 0) {
            return concat(json, bad);
        }
        byte[] head = text.substring(0, quote).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(quote).getBytes(StandardCharsets.UTF_8);
        return concat(concat(head, bad), tail);
    }

    static byte[] nested(int depth) {
        return ("{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** The object with a padding field added so the whole body is {@code size} bytes (or the object if larger). */
    static byte[] padded(byte[] object, int size) {
        String text = new String(object, StandardCharsets.UTF_8);
        if (!text.startsWith("{") || !text.endsWith("}")) {
            return object;
        }
        String prefix = "{\"pad\":\"";
        String suffix = text.length() > 2 ? "\"," + text.substring(1) : "\"}";
        int fill = size - prefix.length() - suffix.getBytes(StandardCharsets.UTF_8).length;
        if (fill < 0) {
            return object;
        }
        return (prefix + "p".repeat(fill) + suffix).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
