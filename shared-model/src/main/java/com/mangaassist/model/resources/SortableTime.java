package com.mangaassist.model.resources;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as stored in keys and compared as text: fixed-width ISO-8601 UTC with milliseconds
 * ({@code 2026-01-02T03:04:05.678Z}), so that text order is time order. {@link Instant#toString()}
 * is not: it drops trailing zero fractions, and {@code "…:00Z"} sorts after {@code "…:00.500Z"}.
 * Reading accepts any ISO-8601 instant.
 */
public final class SortableTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SortableTime() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The instant in {@code text}, or null for null or blank text. */
    public static Instant parse(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }
}
