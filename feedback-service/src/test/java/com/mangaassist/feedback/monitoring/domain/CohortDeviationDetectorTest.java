package com.mangaassist.feedback.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortDeviationDetectorTest {

    private final CohortDeviationDetector detector = new CohortDeviationDetector(AnomalyPolicy.defaults());

    @Test
    void flagsExactlyTheAccountsFarAboveTheCohort() {
        List<AccountSignals> accounts = new ArrayList<>(organicCohort(20));
        accounts.add(Accounts.scripted("attacker-1", 12, Duration.ofSeconds(30)));
        accounts.add(Accounts.scripted("attacker-2", 12, Duration.ofSeconds(30)));

        AnomalyFinding finding = detector.detect(accounts).orElseThrow();

        assertThat(finding.kind()).isEqualTo(AnomalyKind.COHORT_DEVIATION);
        assertThat(finding.accounts()).containsExactly("attacker-1", "attacker-2");
        assertThat(finding.numbers()).containsEntry("cohortAccounts", 22.0).containsEntry("robust", 1.0);
    }

    @Test
    void aLargeAttackingCohortDoesNotHideBehindTheSpreadItCauses() {
        // 6 attackers among 24: a plain standard deviation would put the bar above a rate of 1.0
        List<AccountSignals> accounts = new ArrayList<>(organicCohort(18));
        for (int i = 1; i <= 6; i++) {
            accounts.add(Accounts.scripted("attacker-" + i, 10, Duration.ofSeconds(40)));
        }
        double[] rates =
                accounts.stream().mapToDouble(AccountSignals::negativeRate).toArray();
        assertThat(Statistics.mean(rates) + 2 * Statistics.standardDeviation(rates))
                .isGreaterThan(1.0);

        AnomalyFinding finding = detector.detect(accounts).orElseThrow();

        assertThat(finding.accounts()).hasSize(6).allMatch(a -> a.startsWith("attacker-"));
    }

    @Test
    void scenarioTwosFifteenAttackersAmongTwentyCustomersAreAllFlagged() {
        // 15 of 35 accounts: even the plain mean is lifted to about 0.5, so the centre must be the median
        List<AccountSignals> accounts = new ArrayList<>(organicCohort(20));
        for (int i = 1; i <= 15; i++) {
            accounts.add(Accounts.scripted("attacker-" + i, 10, Duration.ofSeconds(40)));
        }

        AnomalyFinding finding = detector.detect(accounts).orElseThrow();

        assertThat(finding.accounts()).hasSize(15).allMatch(a -> a.startsWith("attacker-"));
    }

    @Test
    void accountsWithFewSignalsAreNotInTheCohort() {
        List<AccountSignals> accounts = new ArrayList<>(organicCohort(20));
        accounts.add(new AccountSignals("newcomer", 0, 4, List.of()));

        assertThat(detector.detect(accounts)).isEmpty();
    }

    @Test
    void fallsBackToThePlainDeviationWhenMostAccountsShareOneRate() {
        List<AccountSignals> accounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accounts.add(Accounts.organic("same-" + i, 4, 1));
        }
        accounts.add(Accounts.scripted("outlier", 12, Duration.ofMinutes(3)));

        AnomalyFinding finding = detector.detect(accounts).orElseThrow();

        assertThat(finding.accounts()).containsExactly("outlier");
        assertThat(finding.numbers()).containsEntry("robust", 0.0);
    }

    @Test
    void anIdenticalCohortHasNoDeviation() {
        List<AccountSignals> accounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accounts.add(Accounts.organic("same-" + i, 4, 1));
        }

        assertThat(detector.detect(accounts)).isEmpty();
    }

    /** Negative rates spread from 0.1 to 0.3. */
    static List<AccountSignals> organicCohort(int size) {
        List<AccountSignals> accounts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int downs = 1 + i % 3;
            accounts.add(Accounts.organic(String.format("user-%02d", i), 10 - downs, downs));
        }
        return accounts;
    }
}
