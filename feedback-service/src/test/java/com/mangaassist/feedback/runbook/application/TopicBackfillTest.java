package com.mangaassist.feedback.runbook.application;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static com.mangaassist.feedback.testing.Feedback.messageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoint;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoints;
import com.mangaassist.feedback.testing.InMemoryFeedbackStore;
import com.mangaassist.feedback.testing.InMemoryRatedMessages;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TopicBackfillTest {

    static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-04T00:00:00Z");

    CrashingStore store = new CrashingStore();
    InMemoryRatedMessages messages = new InMemoryRatedMessages();
    CrashingCheckpoints checkpoints = new CrashingCheckpoints();
    Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    TopicBackfill backfill =
            new TopicBackfill(store, messages, checkpoints, new BackfillSettings(10, Duration.ofDays(90)), clock);

    /** 3 days × 20 availability signals stored as refund (60 wrong), 5 right ones, 2 whose message is gone. */
    @BeforeEach
    void misattributedSignals() {
        for (int day = 0; day < 3; day++) {
            for (int i = 0; i < 20; i++) {
                FeedbackRecord wrong = binary(
                        "fb-" + day + "-" + i,
                        "u" + i,
                        "s" + i,
                        TopicCategory.REFUND,
                        Signal.UP,
                        FROM.plus(Duration.ofDays(day)).plusSeconds(60L * i));
                store.insert(wrong);
                messages.put(messageOf(wrong, TopicCategory.AVAILABILITY));
            }
        }
        for (int i = 0; i < 5; i++) {
            FeedbackRecord right =
                    binary("fb-ok-" + i, "u", "s", TopicCategory.REFUND, Signal.DOWN, FROM.plusSeconds(7 + i));
            store.insert(right);
            messages.put(messageOf(right, TopicCategory.REFUND));
        }
        store.insert(binary("fb-orphan-1", "u", "s", TopicCategory.REFUND, Signal.UP, FROM.plusSeconds(5)));
        store.insert(binary("fb-orphan-2", "u", "s", TopicCategory.REFUND, Signal.UP, TO.minusSeconds(5)));
        store.insert(binary("fb-outside", "u", "s", TopicCategory.REFUND, Signal.UP, TO.plusSeconds(5)));
        messages.put(messageOf(store.find("fb-outside").orElseThrow(), TopicCategory.AVAILABILITY));
    }

    @Test
    void correctsEveryPageOfEveryDayAndKeepsTheOriginalTopic() {
        BackfillCheckpoint done = backfill.run("job-1", FROM, TO);

        assertThat(done.done()).isTrue();
        assertThat(done.counts().scanned()).isEqualTo(67);
        assertThat(done.counts().corrected()).isEqualTo(60);
        assertThat(done.counts().unchanged()).isEqualTo(5);
        assertThat(done.counts().unjoinable()).isEqualTo(2);
        FeedbackRecord fixed = store.find("fb-2-19").orElseThrow();
        assertThat(fixed.topic()).isEqualTo(TopicCategory.AVAILABILITY);
        assertThat(fixed.originalIncorrectTopic()).isEqualTo("refund");
        assertThat(store.find("fb-outside").orElseThrow().topic()).isEqualTo(TopicCategory.REFUND);
        assertThat(checkpoints.items.get("job-1").status()).isEqualTo(BackfillCheckpoint.Status.DONE);
    }

    @Test
    void dryRunCountsWhatWouldChangeAndWritesNothing() {
        BackfillCheckpoint counted = backfill.dryRun(FROM, TO);

        assertThat(counted.counts().corrected()).isEqualTo(60);
        assertThat(counted.correctedIds()).hasSize(60);
        assertThat(checkpoints.saves).isZero();
        assertThat(store.all()).allMatch(r -> r.topic() == TopicCategory.REFUND && r.originalIncorrectTopic() == null);
        assertThat(TopicBackfill.result("backfill-topics", true, counted).changed())
                .isZero();
    }

    @Test
    void aKilledJobResumesFromItsCheckpointAndCorrectsNothingTwice() {
        // killed after correcting day 2's second page, before its checkpoint was written
        checkpoints.crashOnSave = 6;
        assertThatThrownBy(() -> backfill.run("job-2", FROM, TO)).isInstanceOf(IllegalStateException.class);
        BackfillCheckpoint halfway = checkpoints.find("job-2").orElseThrow();
        assertThat(halfway.status()).isEqualTo(BackfillCheckpoint.Status.RUNNING);
        assertThat(halfway.day()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(halfway.cursor()).isNotNull();
        assertThat(halfway.counts().corrected()).isEqualTo(30);
        assertThat(store.corrections).hasSize(40);

        BackfillCheckpoint done = backfill.run("job-2", FROM, TO);

        assertThat(done.done()).isTrue();
        assertThat(store.all())
                .filteredOn(r -> r.feedbackId().matches("fb-\\d-\\d+"))
                .hasSize(60)
                .allMatch(r -> r.topic() == TopicCategory.AVAILABILITY && "refund".equals(r.originalIncorrectTopic()));
        assertThat(store.corrections)
                .hasSize(60)
                .allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
        // the re-read page was already right: counted unchanged, not corrected again
        assertThat(done.counts().corrected()).isEqualTo(50);
        assertThat(done.counts().unchanged()).isEqualTo(15);
        int pagesBefore = store.pages;
        assertThat(backfill.run("job-2", FROM, TO).done()).isTrue();
        assertThat(store.pages).isEqualTo(pagesBefore);
    }

    @Test
    void aJobIdOverAnotherWindowOrAWindowOver90DaysIsRefused() {
        backfill.run("job-3", FROM, TO);

        assertThatThrownBy(() -> backfill.run("job-3", FROM, TO.plusSeconds(1)))
                .isInstanceOf(BackfillWindowMismatchException.class);
        assertThatThrownBy(() -> backfill.run("job-4", FROM, FROM.plus(Duration.ofDays(91))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backfill.run("job-5", TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Checkpoints that die on the Nth save, as a killed process would. */
    static final class CrashingCheckpoints implements BackfillCheckpoints {
        final Map<String, BackfillCheckpoint> items = new HashMap<>();
        int saves;
        int crashOnSave;

        @Override
        public Optional<BackfillCheckpoint> find(String jobId) {
            return Optional.ofNullable(items.get(jobId));
        }

        @Override
        public void save(BackfillCheckpoint checkpoint) {
            saves++;
            if (saves == crashOnSave) {
                throw new IllegalStateException("killed before checkpoint " + saves);
            }
            items.put(checkpoint.jobId(), checkpoint);
        }
    }

    /** Counts pages read and successful corrections per id. */
    static final class CrashingStore extends InMemoryFeedbackStore {
        int pages;
        final Map<String, Integer> corrections = new HashMap<>();

        @Override
        public Slice byDay(LocalDate day, Instant from, Instant to, String cursor, int pageSize) {
            pages++;
            return super.byDay(day, from, to, cursor, pageSize);
        }

        @Override
        public boolean correctTopic(String feedbackId, String expected, String corrected, Instant at) {
            boolean applied = super.correctTopic(feedbackId, expected, corrected, at);
            if (applied) {
                corrections.merge(feedbackId, 1, Integer::sum);
            }
            return applied;
        }
    }
}
