package com.mangaassist.feedback.runbook.domain;

/**
 * A backfill's tallies: records {@code scanned}; {@code corrected} (or, in a dry run, that would be);
 * {@code unchanged} (topic already right); {@code unjoinable} (rated message missing); {@code untopical}
 * (message has no known topic); {@code conflicts} (the record changed meanwhile: the conditional update
 * refused).
 */
public record BackfillCounts(
        long scanned, long corrected, long unchanged, long unjoinable, long untopical, long conflicts) {

    public static final BackfillCounts ZERO = new BackfillCounts(0, 0, 0, 0, 0, 0);

    public BackfillCounts plus(BackfillCounts other) {
        return new BackfillCounts(
                scanned + other.scanned,
                corrected + other.corrected,
                unchanged + other.unchanged,
                unjoinable + other.unjoinable,
                untopical + other.untopical,
                conflicts + other.conflicts);
    }

    public String describe() {
        return scanned + " scanned, " + corrected + " corrected, " + unchanged + " unchanged, " + unjoinable
                + " unjoinable, " + untopical + " without a known topic, " + conflicts + " changed meanwhile";
    }
}
