package com.mangaassist.feedback.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcentrationDetectorTest {

    private final ConcentrationDetector detector = new ConcentrationDetector(AnomalyPolicy.defaults());

    @Test
    void namesTheFewAccountsBehindMostNegativesWithTheirShares() {
        List<AccountSignals> accounts = new ArrayList<>();
        for (int i = 0; i < 38; i++) {
            accounts.add(Accounts.organic("user-" + i, 6, 1 + i % 2)); // median DOWN count 2
        }
        accounts.add(Accounts.scripted("attacker-1", 20, Duration.ofSeconds(30)));
        accounts.add(Accounts.scripted("attacker-2", 17, Duration.ofSeconds(30)));

        AnomalyFinding finding = detector.detect(accounts).orElseThrow();

        assertThat(finding.accounts()).containsExactly("attacker-1", "attacker-2");
        assertThat(finding.numbers())
                .containsEntry("activeAccounts", 40.0)
                .containsEntry("negatives", 57.0 + 37.0)
                .containsEntry("flaggedNegatives", 37.0)
                .containsEntry("accountShare", 0.05)
                .containsEntry("negativeShare", Math.round(37.0 / 94 * 10_000) / 10_000.0);
    }

    @Test
    void fewerNegativesThanTheMinimumAreNotAConcentration() {
        List<AccountSignals> accounts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accounts.add(Accounts.organic("user-" + i, 6, 1));
        }
        accounts.add(Accounts.scripted("grumpy", 9, Duration.ofMinutes(5)));

        assertThat(detector.detect(accounts)).isEmpty();
    }

    @Test
    void manyNegativesAreNotAConcentrationWhenEveryoneGivesThem() {
        List<AccountSignals> accounts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accounts.add(Accounts.organic("user-" + i, 2, 12 + i % 3));
        }

        assertThat(detector.detect(accounts)).isEmpty();
    }
}
