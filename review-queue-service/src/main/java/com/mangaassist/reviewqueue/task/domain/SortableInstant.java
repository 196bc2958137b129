package com.mangaassist.reviewqueue.task.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Fixed-width UTC timestamps ({@code 2026-01-01T20:00:00.000Z}) for sort keys. {@link Instant#toString()}
 * drops zero fractions, which breaks lexicographic order ({@code …:00Z} sorts after {@code …:00.5Z}).
 */
public final class SortableInstant {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SortableInstant() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    public static Instant parse(String text) {
        return Instant.parse(text);
    }
}
