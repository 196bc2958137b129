package com.mangaassist.delivery.promise.adapter.out.dynamodb;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as stored: fixed-width ISO-8601 UTC with milliseconds ({@code 2026-01-02T03:04:05.678Z}), so
 * that text order is time order in key conditions. Reading accepts any ISO-8601 instant.
 */
public final class Times {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant parse(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }
}
