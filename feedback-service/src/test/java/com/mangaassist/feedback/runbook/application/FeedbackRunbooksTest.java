package com.mangaassist.feedback.runbook.application;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.common.runbook.IdempotencyKeyReusedException;
import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.runbook.domain.QuarantineScope;
import com.mangaassist.feedback.testing.InMemoryFeedbackStore;
import com.mangaassist.feedback.testing.InMemoryRatedMessages;
import com.mangaassist.feedback.testing.InMemoryRunbookPorts;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedbackRunbooksTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    InMemoryFeedbackStore store = new InMemoryFeedbackStore();
    InMemoryRunbookPorts.Subjects subjects = new InMemoryRunbookPorts.Subjects();
    InMemoryRunbookPorts.Freeze freeze = new InMemoryRunbookPorts.Freeze();
    InMemoryRunbookPorts.Audit audit = new InMemoryRunbookPorts.Audit();
    InMemoryRunbookPorts.Results results = new InMemoryRunbookPorts.Results();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    FeedbackRunbooks runbooks = new FeedbackRunbooks(
            store,
            subjects,
            freeze,
            new TopicBackfill(
                    store,
                    new InMemoryRatedMessages(),
                    new InMemoryRunbookPorts.Checkpoints(),
                    new BackfillSettings(100, Duration.ofDays(90)),
                    clock),
            audit,
            results,
            clock);

    @BeforeEach
    void attackerHas250SignalsOverThreePages() {
        for (int i = 0; i < 250; i++) {
            store.insert(binary(
                    "fb-bad-" + i,
                    "u-bad",
                    "s-bad-" + (i % 5),
                    TopicCategory.RECOMMENDATION,
                    Signal.DOWN,
                    NOW.minusSeconds(3600 + i)));
        }
        store.insert(
                binary("fb-good", "u-good", "s-good", TopicCategory.RECOMMENDATION, Signal.UP, NOW.minusSeconds(10)));
    }

    @Test
    void dryRunCountsEveryPageButChangesNothingExceptTheAudit() {
        RunbookResult result = runbooks.quarantine(command(true, null), QuarantineScope.ACCOUNT, List.of("u-bad"));

        assertThat(result.dryRun()).isTrue();
        assertThat(result.matched()).isEqualTo(250);
        assertThat(result.changed()).isZero();
        assertThat(result.ids()).hasSize(100);
        assertThat(store.all()).noneMatch(FeedbackRecord::quarantined);
        assertThat(subjects.items).isEmpty();
        assertThat(audit.entries).singleElement().satisfies(e -> {
            assertThat(e.dryRun()).isTrue();
            assertThat(e.action()).isEqualTo("feedback:quarantine");
            assertThat(e.actor()).isEqualTo("oncall-1");
        });
    }

    @Test
    void quarantineMarksEveryPageAndWritesTheSubjectSoNewSignalsAreQuarantined() {
        RunbookResult result = runbooks.quarantine(command(false, null), QuarantineScope.ACCOUNT, List.of("u-bad"));

        assertThat(result.changed()).isEqualTo(250);
        assertThat(store.all().stream().filter(r -> r.userId().equals("u-bad")))
                .hasSize(250)
                .allMatch(FeedbackRecord::quarantined);
        assertThat(store.find("fb-good").orElseThrow().quarantined()).isFalse();
        var subject = subjects.items.get("account:u-bad");
        assertThat(subject.active()).isTrue();
        assertThat(subject.reason()).contains("coordinated campaign");
        assertThat(store.all().stream().filter(r -> r.userId().equals("u-bad")))
                .allMatch(r -> r.quarantineReason().equals(subject.reason()));
    }

    @Test
    void liftRestoresOnlyWhatThisQuarantineMarked() {
        runbooks.quarantine(command(false, null), QuarantineScope.SESSION, List.of("s-bad-0"));
        runbooks.quarantine(command(false, null), QuarantineScope.ACCOUNT, List.of("u-bad"));

        RunbookResult lifted = runbooks.lift(command(false, null), QuarantineScope.ACCOUNT, List.of("u-bad"));

        assertThat(lifted.changed()).isEqualTo(200);
        assertThat(subjects.items.get("account:u-bad").active()).isFalse();
        assertThat(subjects.items.get("session:s-bad-0").active()).isTrue();
        assertThat(store.all().stream().filter(r -> r.userId().equals("u-bad")))
                .allMatch(r -> r.quarantined() == r.sessionId().equals("s-bad-0"))
                .filteredOn(r -> !r.quarantined())
                .allMatch(FeedbackRecord::usable)
                .hasSize(200);
    }

    @Test
    void sameKeyReplaysTheFirstResultAndAnotherActionIsRefused() {
        RunbookResult first = runbooks.quarantine(command(false, "k-1"), QuarantineScope.ACCOUNT, List.of("u-bad"));
        RunbookResult again = runbooks.quarantine(command(false, "k-1"), QuarantineScope.ACCOUNT, List.of("u-bad"));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.changed()).isEqualTo(250);
        assertThat(audit.entries).hasSize(1);
        assertThatThrownBy(() -> runbooks.freeze(command(false, "k-1")))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void freezeSetsTheFlagOnceAndUnfreezeClearsIt() {
        assertThat(runbooks.freeze(command(true, null)).changed()).isZero();
        assertThat(freeze.current()).isEmpty();

        assertThat(runbooks.freeze(command(false, null)).changed()).isEqualTo(1);
        assertThat(freeze.state.frozen()).isTrue();
        assertThat(freeze.state.actor()).isEqualTo("oncall-1");
        assertThat(runbooks.freeze(command(false, null)).summary()).startsWith("already frozen");

        assertThat(runbooks.unfreeze(command(false, null)).changed()).isEqualTo(1);
        assertThat(freeze.state.frozen()).isFalse();
    }

    @Test
    void moreThanAHundredIdsOrAMissingReasonAreRefused() {
        List<String> many =
                java.util.stream.IntStream.range(0, 101).mapToObj(i -> "u" + i).toList();
        assertThatThrownBy(() -> runbooks.quarantine(command(true, null), QuarantineScope.ACCOUNT, many))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunbookCommand("oncall-1", " ", true, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunbookCommand("oncall-1", "x".repeat(1001), true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static RunbookCommand command(boolean dryRun, String key) {
        return new RunbookCommand("oncall-1", "coordinated campaign, 15 accounts", dryRun, key);
    }
}
