package com.mangaassist.feedback.provenance.application;

import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.provenance.domain.Reputations;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges the BINARY signals of the last {@code window} (usable or not, canaries aside; every page of every
 * day) into reputations. A signal on a reviewed message agrees when DOWN met EDIT or REJECT, or UP met
 * APPROVE. Otherwise it is compared with the majority of its topic among the usable signals of other
 * accounts in the window: UP share above one half makes UP the majority, below makes DOWN; exactly one half
 * or no other signals leaves it unjudged. Counting is idempotent per feedback id, so each signal counts once
 * however often this runs.
 */
public final class JudgeReputations {

    private static final int PAGE = 100;

    private final FeedbackStore store;
    private final ReviewVerdicts verdicts;
    private final Reputations reputations;
    private final Duration window;
    private final Clock clock;

    public JudgeReputations(
            FeedbackStore store, ReviewVerdicts verdicts, Reputations reputations, Duration window, Clock clock) {
        this.store = store;
        this.verdicts = verdicts;
        this.reputations = reputations;
        this.window = window;
        this.clock = clock;
    }

    public JudgeReport run() {
        Instant to = clock.instant();
        Instant from = to.minus(window);
        List<FeedbackRecord> binary = binarySignals(from, to);
        Map<TopicCategory, Tally> topics = new EnumMap<>(TopicCategory.class);
        Map<TopicCategory, Map<String, Tally>> perUser = new EnumMap<>(TopicCategory.class);
        for (FeedbackRecord r : binary) {
            if (r.usable()) {
                topics.computeIfAbsent(r.topic(), t -> new Tally()).add(r.signal());
                perUser.computeIfAbsent(r.topic(), t -> new HashMap<>())
                        .computeIfAbsent(r.userId(), u -> new Tally())
                        .add(r.signal());
            }
        }
        int byReviewer = 0;
        int byMajority = 0;
        int notJudged = 0;
        for (FeedbackRecord r : binary) {
            Optional<ReviewVerdicts.Verdict> verdict = verdicts.forMessage(r.messageId());
            if (verdict.isPresent()) {
                boolean agreed = r.signal() == Signal.UP
                        ? verdict.get() == ReviewVerdicts.Verdict.APPROVE
                        : verdict.get() != ReviewVerdicts.Verdict.APPROVE;
                reputations.count(r.userId(), r.feedbackId(), agreed, line(r, "reviewer " + verdict.get(), agreed));
                byReviewer++;
                continue;
            }
            Tally all = topics.getOrDefault(r.topic(), new Tally());
            Tally own = perUser.getOrDefault(r.topic(), Map.of()).getOrDefault(r.userId(), new Tally());
            int up = all.up - own.up;
            int total = all.total - own.total;
            if (total == 0 || up * 2 == total) {
                notJudged++;
                continue;
            }
            Signal majority = up * 2 > total ? Signal.UP : Signal.DOWN;
            boolean agreed = r.signal() == majority;
            reputations.count(
                    r.userId(),
                    r.feedbackId(),
                    agreed,
                    line(r, "topic majority " + majority + " (" + up + " of " + total + " up)", agreed));
            byMajority++;
        }
        return new JudgeReport(binary.size(), byReviewer, byMajority, notJudged);
    }

    private List<FeedbackRecord> binarySignals(Instant from, Instant to) {
        List<FeedbackRecord> found = new ArrayList<>();
        LocalDate last = to.atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            String cursor = null;
            do {
                FeedbackStore.Slice slice = store.byDay(day, from, to, cursor, PAGE);
                slice.records().stream()
                        .filter(r -> r.kind() == FeedbackKind.BINARY && !r.canary())
                        .forEach(found::add);
                cursor = slice.nextCursor();
            } while (cursor != null);
        }
        return found;
    }

    private static String line(FeedbackRecord r, String against, boolean agreed) {
        return r.createdAt() + " " + r.feedbackId() + " " + r.signal() + " on "
                + r.topic().code() + " vs " + against + ": " + (agreed ? "agreed" : "disagreed");
    }

    private static final class Tally {
        int up;
        int total;

        void add(Signal signal) {
            total++;
            if (signal == Signal.UP) {
                up++;
            }
        }
    }
}
