package com.mangaassist.feedback.monitoring.application;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.RatedMessage;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import com.mangaassist.feedback.monitoring.domain.CanaryResult;
import com.mangaassist.feedback.monitoring.domain.QualityChecks;
import com.mangaassist.feedback.quality.domain.GateReport;
import com.mangaassist.feedback.quality.domain.QualityGate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Scenario 5's gate, evaluated now: topic distribution and join rate over the last {@code recentWindow},
 * satisfaction change over the last two {@code satisfactionWindow}s, a cross-table sample of the last
 * {@code sampleWindow}, and the last canary. Canary records are not counted. Messages are read by key,
 * consistently, in batches. The gate pages once when it turns red and again only after it was green.
 */
public final class FeedbackQualityGate implements QualityGate {

    private final FeedbackWindow feedback;
    private final RatedMessages messages;
    private final QualityChecks checks;
    private final Supplier<Optional<CanaryResult>> lastCanary;
    private final Pager pager;
    private final MonitoringEvents events;
    private final Clock clock;
    private final Duration recentWindow;
    private final Duration satisfactionWindow;
    private final Duration sampleWindow;
    private boolean wasRed;

    public FeedbackQualityGate(
            FeedbackWindow feedback,
            RatedMessages messages,
            QualityChecks checks,
            Supplier<Optional<CanaryResult>> lastCanary,
            Pager pager,
            MonitoringEvents events,
            Clock clock,
            Duration recentWindow,
            Duration satisfactionWindow,
            Duration sampleWindow) {
        this.feedback = feedback;
        this.messages = messages;
        this.checks = checks;
        this.lastCanary = lastCanary;
        this.pager = pager;
        this.events = events;
        this.clock = clock;
        this.recentWindow = recentWindow;
        this.satisfactionWindow = satisfactionWindow;
        this.sampleWindow = sampleWindow;
    }

    @Override
    public synchronized GateReport evaluate() {
        Instant now = clock.instant();
        List<GateReport.Check> results = new ArrayList<>();

        List<FeedbackRecord> recent = organic(feedback.read(now.minus(recentWindow), now));
        Map<String, RatedMessage> recentMessages = messagesOf(recent);
        results.add(checks.topicDistribution(recent, recentMessages));
        results.add(checks.joinRate(recent, recentMessages));

        Instant weekAgo = now.minus(satisfactionWindow);
        List<FeedbackRecord> lastWeek = organic(feedback.read(weekAgo, now));
        List<FeedbackRecord> weekBefore = organic(feedback.read(weekAgo.minus(satisfactionWindow), weekAgo));
        results.add(checks.satisfactionChange(lastWeek, weekBefore));

        List<FeedbackRecord> sampleFrom = sampleWindow.equals(satisfactionWindow)
                ? lastWeek
                : organic(feedback.read(now.minus(sampleWindow), now));
        List<FeedbackRecord> sample = checks.sample(sampleFrom, now.toEpochMilli());
        results.add(checks.crossTableSample(sample, messagesOf(sample)));

        results.add(QualityChecks.canary(lastCanary.get()));

        boolean green = results.stream().noneMatch(c -> c.status() == GateReport.Status.RED);
        GateReport report = new GateReport(green, results, now);
        events.gate(report);
        if (!green && !wasRed) {
            pager.page(new Page(
                    "Feedback data-quality gate is red",
                    String.join(" | ", report.reasons())
                            + ". Prompt improvement will not run on this data until the gate is green.",
                    now));
        }
        wasRed = !green;
        return report;
    }

    private Map<String, RatedMessage> messagesOf(List<FeedbackRecord> records) {
        return messages.findAll(
                records.stream().map(FeedbackRecord::messageId).distinct().toList());
    }

    private static List<FeedbackRecord> organic(List<FeedbackRecord> records) {
        return records.stream().filter(r -> !r.canary()).toList();
    }
}
