package com.mangaassist.console.report.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week ({@code 2026-W49}) in Japan time, Monday 00:00 JST to the next Monday. */
public record IsoWeek(int year, int week) {

    /** The runbooks' clock. */
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        long weeks = LocalDate.of(year, 6, 1)
                .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                .getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(year + " has weeks 1-" + weeks + ", not " + week);
        }
    }

    /** {@code YYYY-Www}; empty for anything else, including a week the year does not have. */
    public static Optional<IsoWeek> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    /** The week {@code at} falls in, in Japan. */
    public static IsoWeek containing(Instant at) {
        LocalDate day = at.atZone(JST).toLocalDate();
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last week that has ended at {@code now}. */
    public static IsoWeek lastComplete(Instant now) {
        return containing(now).previous();
    }

    public IsoWeek previous() {
        return containing(start().minusSeconds(1));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Monday 00:00 JST. */
    public Instant start() {
        return monday().atStartOfDay(JST).toInstant();
    }

    /** The next Monday 00:00 JST (exclusive). */
    public Instant end() {
        return monday().plusWeeks(1).atStartOfDay(JST).toInstant();
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
