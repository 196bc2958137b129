package com.mangaassist.feedback.monitoring.domain;

import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One account's binary signals in a window: how many up and down, and when each arrived (oldest first). */
public record AccountSignals(String userId, int ups, int downs, List<Instant> times) {

    public AccountSignals {
        Objects.requireNonNull(userId, "userId");
        if (ups < 0 || downs < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        times = times.stream().sorted().toList();
    }

    public int total() {
        return ups + downs;
    }

    /** Share of this account's signals that are DOWN (0 without signals). */
    public double negativeRate() {
        return total() == 0 ? 0 : (double) downs / total();
    }

    /** Groups the BINARY records by account, sorted by account id; other kinds are ignored. */
    public static List<AccountSignals> of(Collection<FeedbackRecord> records) {
        Map<String, List<FeedbackRecord>> byUser = new TreeMap<>();
        for (FeedbackRecord record : records) {
            if (record.kind() == FeedbackKind.BINARY) {
                byUser.computeIfAbsent(record.userId(), u -> new ArrayList<>()).add(record);
            }
        }
        List<AccountSignals> accounts = new ArrayList<>();
        byUser.forEach((user, list) -> {
            int ups = (int) list.stream().filter(r -> r.signal() == Signal.UP).count();
            accounts.add(new AccountSignals(
                    user,
                    ups,
                    list.size() - ups,
                    list.stream().map(FeedbackRecord::createdAt).toList()));
        });
        return accounts;
    }
}
