package com.mangaassist.feedback.monitoring.domain;

import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.Signal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups usable BINARY and CORRECTION records by topic, day and prompt version. Anything not {@link
 * FeedbackRecord#usable()} (quarantined, excluded, canary) is left out; so are preferences.
 */
public final class Aggregation {

    private Aggregation() {}

    public static List<AggregateRow> of(Collection<FeedbackRecord> records) {
        record Key(String topic, LocalDate day, String promptVersion) {}
        Map<Key, List<FeedbackRecord>> groups = new LinkedHashMap<>();
        records.stream()
                .filter(FeedbackRecord::usable)
                .filter(r -> r.kind() == FeedbackKind.BINARY || r.kind() == FeedbackKind.CORRECTION)
                .sorted(Comparator.comparing(FeedbackRecord::createdAt).thenComparing(FeedbackRecord::feedbackId))
                .forEach(r -> groups.computeIfAbsent(
                                new Key(
                                        r.topic().code(),
                                        r.createdAt().atZone(ZoneOffset.UTC).toLocalDate(),
                                        r.promptVersion()),
                                k -> new ArrayList<>())
                        .add(r));
        List<AggregateRow> rows = new ArrayList<>();
        groups.forEach((key, list) -> {
            int up = 0;
            int down = 0;
            int corrections = 0;
            for (FeedbackRecord r : list) {
                if (r.kind() == FeedbackKind.CORRECTION) {
                    corrections++;
                } else if (r.signal() == Signal.UP) {
                    up++;
                } else {
                    down++;
                }
            }
            int binary = up + down;
            rows.add(new AggregateRow(
                    key.topic(),
                    key.day(),
                    key.promptVersion(),
                    up,
                    down,
                    binary == 0 ? null : Statistics.round((double) up / binary),
                    corrections,
                    Statistics.round((double) corrections / (binary + corrections)),
                    list.stream().map(FeedbackRecord::feedbackId).toList()));
        });
        rows.sort(Comparator.comparing(AggregateRow::day)
                .thenComparing(AggregateRow::topic)
                .thenComparing(AggregateRow::promptVersion));
        return rows;
    }
}
