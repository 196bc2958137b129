package com.mangaassist.feedback.monitoring.application;

import com.mangaassist.feedback.monitoring.domain.AggregateRow;
import com.mangaassist.feedback.monitoring.domain.Aggregation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Aggregates for ML leads, computed on read from the feedback table so that a quarantine takes effect at
 * once: usable records of the UTC days [from, to], at most {@code maxDays} days.
 */
public final class ComputeAggregates {

    private final FeedbackWindow feedback;
    private final Clock clock;
    private final int defaultDays;
    private final int maxDays;

    public ComputeAggregates(FeedbackWindow feedback, Clock clock, int defaultDays, int maxDays) {
        if (defaultDays < 1 || maxDays < defaultDays) {
            throw new IllegalArgumentException("need 1 <= defaultDays <= maxDays");
        }
        this.feedback = feedback;
        this.clock = clock;
        this.defaultDays = defaultDays;
        this.maxDays = maxDays;
    }

    /** Null bounds take the defaults (the last {@code defaultDays} days up to today). */
    public Aggregates compute(LocalDate from, LocalDate to) {
        LocalDate last =
                to != null ? to : clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate first = from != null ? from : last.minusDays(defaultDays - 1L);
        if (first.isAfter(last)) {
            throw new InvalidPeriodException("from must not be after to");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > maxDays) {
            throw new InvalidPeriodException("at most " + maxDays + " days at a time, not " + days);
        }
        List<AggregateRow> rows = Aggregation.of(feedback.read(
                first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        return new Aggregates(first, last, rows);
    }

    /** The rows of the days [from, to]. */
    public record Aggregates(LocalDate from, LocalDate to, List<AggregateRow> rows) {

        public Aggregates {
            rows = List.copyOf(rows);
        }
    }

    /** The requested period is not one aggregates are computed for. */
    public static final class InvalidPeriodException extends IllegalArgumentException {

        public InvalidPeriodException(String message) {
            super(message);
        }
    }
}
