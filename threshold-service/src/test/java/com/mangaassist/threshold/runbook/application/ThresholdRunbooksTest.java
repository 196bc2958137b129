package com.mangaassist.threshold.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.common.runbook.AuditEntry;
import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookExecutor;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.testing.InMemoryRunbookResults;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.application.SeedDefaults;
import com.mangaassist.threshold.configuration.domain.PromptStatus;
import com.mangaassist.threshold.configuration.domain.PromptVersion;
import com.mangaassist.threshold.testing.ChangeControlFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThresholdRunbooksTest {

    private final ChangeControlFixture f = new ChangeControlFixture();
    private final List<AuditEntry> runbookAudit = new ArrayList<>();
    private final Map<String, RunbookResult> stored = new HashMap<>();
    private final ThresholdRunbooks runbooks = new ThresholdRunbooks(
            new RunbookExecutor("threshold-service", runbookAudit::add, new InMemoryRunbookResults(), f.clock),
            f.thresholds,
            f.writer,
            f.reverts,
            f.prompts,
            f.announcer,
            f.auditor,
            f.clock);

    @BeforeEach
    void seeded() {
        new SeedDefaults(f.thresholds, f.writer).seed();
    }

    private static RunbookCommand real(String key) {
        return new RunbookCommand("oc-1", "reviewers gone", false, key);
    }

    @Test
    void anEmergencyRelaxationIsTimeBoxedAndNeverTouchesProtectedCategories() {
        RunbookResult dry = runbooks.emergencyRelaxation(
                new RunbookCommand("oc-1", "why", true, null), List.of(), 0.7, Duration.ofHours(2));
        assertThat(dry.matched()).isEqualTo(6);
        assertThat(dry.changed()).isZero();
        assertThat(f.thresholds.get(TopicCategory.GENERAL).overrides()).isEmpty();

        RunbookResult result = runbooks.emergencyRelaxation(real("k1"), List.of(), 0.7, Duration.ofHours(2));

        assertThat(result.changed()).isEqualTo(6);
        assertThat(f.thresholds
                        .get(TopicCategory.GENERAL)
                        .controlThresholds(f.clock.instant())
                        .autoRespondMin())
                .isEqualTo(0.7);
        assertThat(f.thresholds.get(TopicCategory.REFUND).overrides()).isEmpty();
        f.clock.advance(Duration.ofHours(2));
        assertThat(f.thresholds
                        .get(TopicCategory.GENERAL)
                        .controlThresholds(f.clock.instant())
                        .autoRespondMin())
                .isEqualTo(0.80);
        assertThat(runbooks.emergencyRelaxation(real("k1"), List.of(), 0.7, Duration.ofHours(2))
                        .replayed())
                .isTrue();
        assertThatThrownBy(() -> runbooks.emergencyRelaxation(
                        real("k2"), List.of(TopicCategory.REFUND), 0.7, Duration.ofHours(2)))
                .hasMessageContaining("refund is never relaxed");
        assertThatThrownBy(() -> runbooks.emergencyRelaxation(real("k3"), List.of(), 0.7, Duration.ofHours(9)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(runbookAudit).hasSize(2);
    }

    @Test
    void liftingEndsItEarly() {
        runbooks.emergencyRelaxation(real(null), List.of(TopicCategory.GENERAL), 0.7, Duration.ofHours(2));

        RunbookResult lifted = runbooks.liftEmergency(real(null), List.of());

        assertThat(lifted.changed()).isEqualTo(1);
        assertThat(f.thresholds
                        .get(TopicCategory.GENERAL)
                        .controlThresholds(f.clock.instant())
                        .autoRespondMin())
                .isEqualTo(0.80);
    }

    @Test
    void aPromptRollbackRetiresTheServingVersionSoTheOneBelowServesAgain() {
        for (int v = 1; v <= 2; v++) {
            f.prompts.add(new PromptVersion(
                    "answering-system",
                    v,
                    PromptStatus.ACTIVE,
                    "text v" + v,
                    f.clock.instant(),
                    "x",
                    "",
                    Optional.empty(),
                    Optional.empty()));
        }

        RunbookResult dry = runbooks.rollbackPrompt(new RunbookCommand("oc-1", "bad", true, null), "answering-system");
        assertThat(dry.summary()).isEqualTo("then serving answering-system@v1");
        runbooks.rollbackPrompt(real(null), "answering-system");

        assertThat(f.prompts.active("answering-system").orElseThrow().version()).isEqualTo(1);
        assertThat(f.announcer.announced).contains("prompt:answering-system");
    }
}
