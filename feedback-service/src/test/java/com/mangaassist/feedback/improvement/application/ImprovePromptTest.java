package com.mangaassist.feedback.improvement.application;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static com.mangaassist.feedback.testing.Feedback.correction;
import static com.mangaassist.feedback.testing.Feedback.excluded;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.feedback.improvement.domain.ActivePrompt;
import com.mangaassist.feedback.improvement.domain.FreezeState;
import com.mangaassist.feedback.improvement.domain.ImprovementPolicy;
import com.mangaassist.feedback.improvement.domain.PromptProposal;
import com.mangaassist.feedback.intake.domain.Exclusion;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.quality.domain.GateReport;
import com.mangaassist.feedback.testing.InMemoryFeedbackStore;
import com.mangaassist.feedback.testing.InMemoryRunbookPorts;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImprovePromptTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    static final String PROMPT = "You are MangaAssist.\nAnswer in the customer's language.";

    InMemoryFeedbackStore store = new InMemoryFeedbackStore();
    InMemoryRunbookPorts.Freeze freeze = new InMemoryRunbookPorts.Freeze();
    InMemoryRunbookPorts.Proposals proposals = new InMemoryRunbookPorts.Proposals();
    InMemoryRunbookPorts.Audit audit = new InMemoryRunbookPorts.Audit();
    List<String> events = new ArrayList<>();
    GateReport gate = green();
    Optional<ActivePrompt> active = Optional.of(new ActivePrompt("answering-system", 7, PROMPT));
    List<String> usableIds = new ArrayList<>();
    ImprovePrompt improve = new ImprovePrompt(
            () -> gate,
            freeze,
            promptId -> active,
            store,
            proposals,
            audit,
            events::add,
            new ImprovementPolicy("answering-system", Duration.ofDays(7), 10, 0.7, 3),
            Clock.fixed(NOW, ZoneOffset.UTC));

    /**
     * availability: 12 usable ratings (3 up) and 2 usable corrections, plus a quarantined, an excluded and a
     * canary signal and one older than the window; refund: one usable correction only.
     */
    @BeforeEach
    void aWeekOfFeedback() {
        for (int i = 0; i < 12; i++) {
            usable(binary(
                    "fb-a" + i,
                    "u" + i,
                    "s" + i,
                    TopicCategory.AVAILABILITY,
                    i < 3 ? Signal.UP : Signal.DOWN,
                    NOW.minus(Duration.ofHours(10L * i + 1))));
        }
        usable(correction(
                "fb-c1",
                "u20",
                TopicCategory.AVAILABILITY,
                "Volume 12 is back in stock on Friday.",
                NOW.minus(Duration.ofDays(2))));
        usable(correction(
                "fb-c2",
                "u21",
                TopicCategory.AVAILABILITY,
                "Preorders ship on release day.",
                NOW.minus(Duration.ofDays(1))));
        usable(correction(
                "fb-r1", "u22", TopicCategory.REFUND, "Refunds take 5 business days.", NOW.minus(Duration.ofDays(3))));
        store.insert(binary("fb-q", "bad", "sb", TopicCategory.AVAILABILITY, Signal.DOWN, NOW.minusSeconds(60))
                .quarantinedFor("account:bad quarantined"));
        store.insert(excluded(
                binary("fb-low", "new", "sn", TopicCategory.AVAILABILITY, Signal.DOWN, NOW.minusSeconds(70)),
                Exclusion.LOW_PROVENANCE));
        store.insert(excluded(
                binary("fb-canary", "canary", "sc", TopicCategory.AVAILABILITY, Signal.DOWN, NOW.minusSeconds(80)),
                Exclusion.CANARY));
        store.insert(
                binary("fb-old", "u1", "s1", TopicCategory.AVAILABILITY, Signal.DOWN, NOW.minus(Duration.ofDays(8))));
    }

    @Test
    void frozenPipelineRefusesAndBuildsNothing() {
        freeze.set(new FreezeState(true, "data quality under investigation", "oncall-1", NOW.minusSeconds(600)));

        ImprovementOutcome outcome = improve.run("ml-1");

        assertThat(outcome).isInstanceOfSatisfying(ImprovementOutcome.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("FROZEN");
            assertThat(refused.reasons()).anyMatch(r -> r.contains("data quality under investigation"));
        });
        assertThat(proposals.stored).isEmpty();
        assertThat(events).containsExactly("refused");
        assertThat(audit.entries)
                .singleElement()
                .satisfies(e -> assertThat(e.summary()).startsWith("REFUSED FROZEN"));
    }

    @Test
    void redGateRefusesWithTheGateReasons() {
        gate = new GateReport(
                false,
                List.of(new GateReport.Check(
                        "topic-match",
                        GateReport.Status.RED,
                        0.9,
                        0.98,
                        200,
                        "10% of feedback topics disagree with their messages")),
                NOW);

        ImprovementOutcome outcome = improve.run("ml-1");

        assertThat(outcome).isInstanceOfSatisfying(ImprovementOutcome.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("QUALITY_GATE_RED");
            assertThat(refused.reasons()).containsExactly("10% of feedback topics disagree with their messages");
        });
        assertThat(proposals.stored).isEmpty();
        assertThat(events).containsExactly("refused");
    }

    @Test
    void withoutAnActivePromptItRefuses() {
        active = Optional.empty();

        assertThat(improve.run("ml-1"))
                .isInstanceOfSatisfying(
                        ImprovementOutcome.Refused.class,
                        r -> assertThat(r.code()).isEqualTo("NO_ACTIVE_PROMPT"));
        assertThat(proposals.stored).isEmpty();
    }

    @Test
    void proposalLineageListsExactlyTheUsableIdsItWasBuiltFrom() {
        ImprovementOutcome outcome = improve.run("ml-1");

        assertThat(outcome).isInstanceOf(ImprovementOutcome.Proposed.class);
        PromptProposal proposal = proposals.stored.get(0);
        assertThat(proposal.feedbackIds()).containsExactlyInAnyOrderElementsOf(usableIds);
        assertThat(proposal.feedbackIds()).doesNotContain("fb-q", "fb-low", "fb-canary", "fb-old");
        assertThat(proposal.baseVersion()).isEqualTo(7);
        assertThat(proposal.state()).isEqualTo("PROPOSED");
        assertThat(proposal.changeRequestId()).startsWith("cr-");
        assertThat(proposal.evidence()).extracting(e -> e.topic()).containsExactly("availability", "refund");
        assertThat(proposal.evidence().get(0).satisfaction()).isEqualTo(0.25);
        assertThat(proposal.evidence().get(0).rated()).isEqualTo(12);
        assertThat(proposal.evidence().get(0).examples())
                .containsExactly("Volume 12 is back in stock on Friday.", "Preorders ship on release day.");
        assertThat(proposal.text())
                .startsWith(PROMPT)
                .contains("3 of 12 answers helpful (satisfaction 0.25, target 0.70)");
        assertThat(proposal.diff())
                .contains("--- answering-system@v7", " You are MangaAssist.", "+- For availability questions:")
                .doesNotContain("\n-You are");
        assertThat(events).containsExactly("proposed");
    }

    @Test
    void satisfiedTopicsWithoutCorrectionsGiveNothing() {
        store.all().forEach(r -> store.setQuarantine(r.feedbackId(), true, "test: only happy signals count"));
        for (int i = 0; i < 12; i++) {
            store.insert(
                    binary("fb-h" + i, "u" + i, "s" + i, TopicCategory.GENERAL, Signal.UP, NOW.minusSeconds(100 + i)));
        }

        assertThat(improve.run("ml-1")).isInstanceOf(ImprovementOutcome.Nothing.class);
        assertThat(proposals.stored).isEmpty();
        assertThat(events).containsExactly("nothing");
    }

    private void usable(FeedbackRecord record) {
        store.insert(record);
        usableIds.add(record.feedbackId());
    }

    private static GateReport green() {
        return new GateReport(true, List.of(), NOW);
    }
}
