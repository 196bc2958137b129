package com.mangaassist.feedback.monitoring.application;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.paging.RecordedPager;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.feedback.intake.domain.Exclusion;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.monitoring.domain.AnomalyFinding;
import com.mangaassist.feedback.monitoring.domain.AnomalyKind;
import com.mangaassist.feedback.monitoring.domain.AnomalyPolicy;
import com.mangaassist.feedback.monitoring.domain.CohortDeviationDetector;
import com.mangaassist.feedback.monitoring.domain.ConcentrationDetector;
import com.mangaassist.feedback.monitoring.domain.UniformTimingDetector;
import com.mangaassist.feedback.provenance.domain.ProvenancePolicy;
import com.mangaassist.feedback.provenance.domain.ProvenanceScorer;
import com.mangaassist.feedback.testing.Feedback;
import com.mangaassist.feedback.testing.InMemoryFeedbackStore;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetectAnomaliesTest {

    private static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");

    private final InMemoryFeedbackStore store = new InMemoryFeedbackStore();
    private final RecordedPager pager = new RecordedPager();
    private final RecordingEvents events = new RecordingEvents();
    private final MutableClock clock = new MutableClock(NOW);
    private DetectAnomalies detect;

    @BeforeEach
    void setUp() {
        AnomalyPolicy policy = AnomalyPolicy.defaults();
        detect = new DetectAnomalies(
                new FeedbackWindow(store, 7),
                new CohortDeviationDetector(policy),
                new ConcentrationDetector(policy),
                new UniformTimingDetector(policy, new ProvenanceScorer(ProvenancePolicy.runbook())),
                pager,
                events,
                clock,
                Duration.ofDays(7));
    }

    @Test
    void namesTheAttackersSpreadOverTheWeekFromEveryPageAndProposesTheirQuarantine() {
        organic(30);
        attacker("attacker-1", NOW.minus(Duration.ofDays(6)));
        attacker("attacker-2", NOW.minus(Duration.ofDays(2)));

        AnomalyReport report = detect.run();

        assertThat(store.pagesServed()).isGreaterThanOrEqualTo((30 * 8 + 24) / 7); // pages of 7
        assertThat(report.recordsRead()).isEqualTo(30 * 8 + 24);
        assertThat(report.kinds())
                .containsExactly(AnomalyKind.COHORT_DEVIATION, AnomalyKind.CONCENTRATION, AnomalyKind.UNIFORM_TIMING);
        for (AnomalyFinding finding : report.findings()) {
            assertThat(finding.accounts()).as(finding.kind().code()).containsExactly("attacker-1", "attacker-2");
        }
        assertThat(report.proposedQuarantine().accounts()).containsExactly("attacker-1", "attacker-2");
        assertThat(report.proposedQuarantine().path()).isEqualTo("/api/runbook/feedback/quarantine");
        assertThat(report.proposedQuarantine().body())
                .containsEntry("scope", "ACCOUNT")
                .containsEntry("ids", List.of("attacker-1", "attacker-2"))
                .containsEntry("dryRun", true);
        assertThat(pager.recent()).hasSize(3).allMatch(p -> p.message().contains("attacker-1, attacker-2"));
        assertThat(events.anomalies.get(0)).containsEntry(AnomalyKind.CONCENTRATION, 2);
        assertThat(detect.latest()).contains(report);
    }

    @Test
    void pagesAgainOnlyWhenTheNamedAccountsChange() {
        organic(30);
        attacker("attacker-1", NOW.minus(Duration.ofDays(1)));

        detect.run();
        clock.advance(Duration.ofMinutes(15));
        detect.run();
        assertThat(pager.recent()).hasSize(3);

        attacker("attacker-2", NOW.minus(Duration.ofHours(3)));
        clock.advance(Duration.ofMinutes(15));
        detect.run();
        assertThat(pager.recent()).hasSize(6);
    }

    @Test
    void leavesOutQuarantinedCanaryAndOlderRecords() {
        organic(30);
        attacker("attacker-1", NOW.minus(Duration.ofDays(1)));
        attacker("old-attacker", NOW.minus(Duration.ofDays(8)));
        attacker("quarantined", NOW.minus(Duration.ofDays(1)));
        store.all().stream()
                .filter(r -> r.userId().equals("quarantined"))
                .forEach(r -> store.setQuarantine(r.feedbackId(), true, "adversarial_pattern_detected"));
        for (int i = 0; i < 12; i++) {
            store.insert(Feedback.record(
                    "canary-" + i,
                    FeedbackKind.BINARY,
                    "canary",
                    TopicCategory.GENERAL,
                    Signal.DOWN,
                    NOW.minus(Duration.ofMinutes(30)).plusSeconds(30L * i),
                    Set.of(Exclusion.CANARY),
                    "v1"));
        }

        AnomalyReport report = detect.run();

        assertThat(report.proposedQuarantine().accounts()).containsExactly("attacker-1");
    }

    @Test
    void organicFeedbackAloneFindsNothing() {
        organic(30);

        AnomalyReport report = detect.run();

        assertThat(report.findings()).isEmpty();
        assertThat(report.proposedQuarantine()).isNull();
        assertThat(pager.recent()).isEmpty();
        assertThat(events.anomalies.get(0)).containsEntry(AnomalyKind.COHORT_DEVIATION, 0);
    }

    /** Accounts with 8 signals each over the week, negative rates 1/8 to 3/8, irregular timing. */
    private void organic(int accounts) {
        for (int a = 0; a < accounts; a++) {
            for (int i = 0; i < 8; i++) {
                Instant at = NOW.minus(Duration.ofHours(6 + ((a * 37L + i * 19L + (long) i * i * 11) % 160)));
                store.insert(binary(
                        "o-" + a + "-" + i,
                        String.format("user-%02d", a),
                        TopicCategory.values()[i % 5],
                        i < 1 + a % 3 ? Signal.DOWN : Signal.UP,
                        at.plusSeconds(a * 13L + i)));
            }
        }
    }

    /** 12 DOWNs exactly 30 s apart. */
    private void attacker(String user, Instant from) {
        for (int i = 0; i < 12; i++) {
            store.insert(
                    binary(user + "-" + i, user, TopicCategory.RECOMMENDATION, Signal.DOWN, from.plusSeconds(30L * i)));
        }
    }
}
