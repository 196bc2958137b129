package com.mangaassist.feedback.monitoring.application;

import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads every record created in [from, to) through {@link FeedbackStore#byDay}, day by day and page by page. */
public final class FeedbackWindow {

    private final FeedbackStore store;
    private final int pageSize;

    public FeedbackWindow(FeedbackStore store, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.store = store;
        this.pageSize = pageSize;
    }

    public List<FeedbackRecord> read(Instant from, Instant to) {
        List<FeedbackRecord> records = new ArrayList<>();
        if (!from.isBefore(to)) {
            return records;
        }
        LocalDate last = to.minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            String cursor = null;
            do {
                FeedbackStore.Slice slice = store.byDay(day, from, to, cursor, pageSize);
                records.addAll(slice.records());
                cursor = slice.nextCursor();
            } while (cursor != null);
        }
        return records;
    }
}
