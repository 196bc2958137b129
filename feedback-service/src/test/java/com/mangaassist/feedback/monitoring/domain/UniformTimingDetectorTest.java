package com.mangaassist.feedback.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.feedback.provenance.domain.ProvenancePolicy;
import com.mangaassist.feedback.provenance.domain.ProvenanceScorer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniformTimingDetectorTest {

    private final UniformTimingDetector detector =
            new UniformTimingDetector(AnomalyPolicy.defaults(), new ProvenanceScorer(ProvenancePolicy.runbook()));

    @Test
    void accountsAtNearConstantIntervalsFormTheCluster() {
        List<AccountSignals> accounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accounts.add(Accounts.organic("user-" + i, 8, 4));
        }
        accounts.add(Accounts.scripted("bot-1", 12, Duration.ofSeconds(30)));
        accounts.add(jittered("bot-2", 15));

        AnomalyFinding finding = detector.detect(accounts).orElseThrow();

        assertThat(finding.kind()).isEqualTo(AnomalyKind.UNIFORM_TIMING);
        assertThat(finding.accounts()).containsExactly("bot-1", "bot-2");
        assertThat(finding.numbers()).containsEntry("accountsConsidered", 12.0).containsEntry("clusterSize", 2.0);
    }

    @Test
    void aSingleUniformAccountIsReported() {
        AnomalyFinding finding = detector.detect(List.of(Accounts.scripted("bot", 10, Duration.ofSeconds(45))))
                .orElseThrow();

        assertThat(finding.accounts()).containsExactly("bot");
    }

    @Test
    void accountsWithFewerThanTenSignalsAreNotJudged() {
        assertThat(detector.detect(List.of(Accounts.scripted("bot", 9, Duration.ofSeconds(30)))))
                .isEmpty();
    }

    @Test
    void onlyTheLastTenSignalsCount() {
        // irregular history, then ten signals 35 s apart
        List<Instant> times = new ArrayList<>();
        Instant t = Accounts.START;
        for (int i = 0; i < 8; i++) {
            t = t.plus(Duration.ofMinutes(1 + i * i));
            times.add(t);
        }
        for (int i = 0; i < 10; i++) {
            t = t.plusSeconds(35);
            times.add(t);
        }

        assertThat(detector.detect(List.of(new AccountSignals("bot", 0, times.size(), times))))
                .isPresent();
    }

    /** 30-45 s apart: scenario 2's "uniform 30-45 second intervals". */
    private static AccountSignals jittered(String user, int n) {
        List<Instant> times = new ArrayList<>();
        Instant t = Accounts.START;
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(36 + (i % 3) * 3);
            times.add(t);
        }
        return new AccountSignals(user, 0, n, times);
    }
}
