package com.mangaassist.feedback.provenance.application;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.testing.InMemoryFeedbackStore;
import com.mangaassist.feedback.testing.InMemoryRunbookPorts;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgeReputationsTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    InMemoryFeedbackStore store = new InMemoryFeedbackStore();
    Map<String, ReviewVerdicts.Verdict> reviewed = new HashMap<>();
    InMemoryRunbookPorts.InMemoryReputations reputations = new InMemoryRunbookPorts.InMemoryReputations();
    JudgeReputations judge = new JudgeReputations(
            store,
            messageId -> Optional.ofNullable(reviewed.get(messageId)),
            reputations,
            Duration.ofDays(7),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void reviewerDecisionsComeFirstThenTheTopicMajorityOfOtherAccounts() {
        // three honest accounts like recommendations; the attacker thumbs them down, quarantined or not
        for (int i = 0; i < 3; i++) {
            store.insert(signal("fb-h" + i, "honest" + i, TopicCategory.RECOMMENDATION, Signal.UP));
        }
        store.insert(signal("fb-x1", "attacker", TopicCategory.RECOMMENDATION, Signal.DOWN));
        store.insert(signal("fb-x2", "attacker", TopicCategory.RECOMMENDATION, Signal.DOWN)
                .quarantinedFor("account:attacker"));
        // a reviewed answer: the reviewer edited it, so DOWN agreed
        store.insert(signal("fb-r", "honest0", TopicCategory.AVAILABILITY, Signal.DOWN));
        reviewed.put("m-fb-r", ReviewVerdicts.Verdict.EDIT);
        store.insert(signal("fb-r2", "attacker", TopicCategory.AVAILABILITY, Signal.UP));
        reviewed.put("m-fb-r2", ReviewVerdicts.Verdict.REJECT);
        // refund: for a and c the other accounts tie (not judged); for b they are both UP
        store.insert(signal("fb-t1", "a", TopicCategory.REFUND, Signal.UP));
        store.insert(signal("fb-t2", "b", TopicCategory.REFUND, Signal.DOWN));
        store.insert(signal("fb-t3", "c", TopicCategory.REFUND, Signal.UP));

        JudgeReport report = judge.run();

        assertThat(report.scanned()).isEqualTo(10);
        assertThat(report.byReviewer()).isEqualTo(2);
        assertThat(report.notJudged()).isEqualTo(2);
        assertThat(report.byMajority()).isEqualTo(6);
        assertThat(reputations.find("attacker").disagreements()).isEqualTo(3);
        assertThat(reputations.find("attacker").agreements()).isZero();
        assertThat(reputations.find("honest0").agreements()).isEqualTo(2);
        assertThat(reputations.find("attacker").recentEvidence())
                .anyMatch(line ->
                        line.contains("fb-r2") && line.contains("reviewer REJECT") && line.endsWith("disagreed"));
        assertThat(reputations.find("c").agreements() + reputations.find("c").disagreements())
                .isZero();
    }

    @Test
    void eachSignalCountsOnceHoweverOftenTheJobRuns() {
        for (int i = 0; i < 3; i++) {
            store.insert(signal("fb-h" + i, "honest" + i, TopicCategory.GENERAL, Signal.UP));
        }
        store.insert(signal("fb-x", "attacker", TopicCategory.GENERAL, Signal.DOWN));

        judge.run();
        judge.run();

        assertThat(reputations.find("attacker").disagreements()).isEqualTo(1);
        assertThat(reputations.find("honest0").agreements()).isEqualTo(1);
    }

    private static FeedbackRecord signal(String id, String user, TopicCategory topic, Signal signal) {
        return binary(id, user, "s-" + user, topic, signal, NOW.minus(Duration.ofHours(id.length())));
    }
}
