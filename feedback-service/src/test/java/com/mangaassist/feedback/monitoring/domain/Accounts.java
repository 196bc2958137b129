package com.mangaassist.feedback.monitoring.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Account fixtures for the detectors. */
final class Accounts {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private Accounts() {}

    /** {@code ups} and {@code downs} arriving at irregular intervals (an organic pattern). */
    static AccountSignals organic(String user, int ups, int downs) {
        List<Instant> times = new ArrayList<>();
        Instant t = START;
        for (int i = 0; i < ups + downs; i++) {
            t = t.plus(Duration.ofSeconds(20 + (i * 7919L + user.hashCode() & 0x7fff) % 3000));
            times.add(t);
        }
        return new AccountSignals(user, ups, downs, times);
    }

    /** {@code downs} DOWN signals exactly {@code every} apart (a scripted pattern). */
    static AccountSignals scripted(String user, int downs, Duration every) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < downs; i++) {
            times.add(START.plus(every.multipliedBy(i)));
        }
        return new AccountSignals(user, 0, downs, times);
    }
}
