package com.mangaassist.feedback.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Usable feedback of one topic, day (UTC) and prompt version: UP and DOWN counts, satisfaction {@code
 * up / (up + down)} (null without binary signals), corrections and the correction rate {@code corrections
 * / (binary + corrections)}, and the ids of the records counted (lineage).
 */
public record AggregateRow(
        String topic,
        LocalDate day,
        String promptVersion,
        int up,
        int down,
        Double satisfaction,
        int corrections,
        double correctionRate,
        List<String> feedbackIds) {

    public AggregateRow {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(promptVersion, "promptVersion");
        feedbackIds = List.copyOf(feedbackIds);
    }
}
