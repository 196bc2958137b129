package com.mangaassist.feedback.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackfillCheckpointTest {

    private static final Instant FROM = Instant.parse("2026-12-04T05:59:27.479Z");
    private static final Instant TO = Instant.parse("2026-12-04T06:01:33.318Z");

    private final BackfillCheckpoint stored = new BackfillCheckpoint(
            "job",
            FROM,
            TO,
            LocalDate.parse("2026-12-04"),
            null,
            BackfillCounts.ZERO,
            List.of(),
            BackfillCheckpoint.Status.RUNNING,
            TO);

    @Test
    void aWindowSentAgainWithMicrosecondsStillResumesTheJobStoredToTheMillisecond() {
        assertThat(stored.covers(FROM.plusNanos(123_000), TO.plusNanos(999_000)))
                .isTrue();
    }

    @Test
    void anotherWindowDoesNotResumeIt() {
        assertThat(stored.covers(FROM.minusMillis(1), TO)).isFalse();
        assertThat(stored.covers(FROM, TO.plusMillis(1))).isFalse();
    }
}
