package com.mangaassist.console.report.application;

import com.mangaassist.console.oncall.application.SuiteSignals;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Signals;
import com.mangaassist.console.report.domain.IsoWeek;
import com.mangaassist.console.report.domain.ReportSection;
import com.mangaassist.console.report.domain.WeeklyReport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runbooks' weekly threshold review, assembled for one ISO week (JST) from the services. Sections whose service
 * keeps history are the week's ({@code coverage: week}); what only exists now (the thresholds in force, the staffing,
 * the feedback gate) is the current reading and says so; a service that
 * does not answer (or refuses the caller's role) leaves its section {@code unavailable} and the rest stands.
 */
public final class WeeklyReview {

    /** The approved-unchanged share above which scenario 3's question is asked: are the thresholds too strict? */
    static final double APPROVED_UNCHANGED_SIGNAL = 0.8;

    private final ReportSources sources;
    private final SuiteSignals suite;
    private final Clock clock;

    public WeeklyReview(ReportSources sources, SuiteSignals suite, Clock clock) {
        this.sources = sources;
        this.suite = suite;
        this.clock = clock;
    }

    /** Whether {@code week} can be reported: it has begun. */
    public boolean reportable(IsoWeek week) {
        return !week.start().isAfter(clock.instant());
    }

    public WeeklyReport report(IsoWeek week, String token) {
        Instant from = week.start();
        Instant to = week.end();
        Fetched<List<ReportSources.CategoryWeek>> routing = sources.routing(from, to, token);
        Fetched<ReportSources.ReviewWeek> reviews = sources.reviewDecisions(from, to, token);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(escalation(routing));
        sections.add(thresholds(from, to, token));
        sections.add(capacity(routing, reviews, token));
        sections.add(approvedUnchanged(reviews));
        sections.add(calibration(from, to, token));
        sections.add(feedback(week, token));
        sections.add(deliveries(from, to, token));
        return new WeeklyReport(week.toString(), from, to, clock.instant(), sections);
    }

    private static ReportSection escalation(Fetched<List<ReportSources.CategoryWeek>> routing) {
        String source = "threshold-service GET /api/routing/stats?from&to";
        if (!routing.ok()) {
            return ReportSection.unavailable("escalation", "week", source, routing.problem());
        }
        List<Map<String, Object>> categories = new ArrayList<>();
        long[] turnsByHour = new long[24];
        double[] escalatedByHour = new double[24];
        for (ReportSources.CategoryWeek category : routing.get()) {
            long[] turns = new long[24];
            double[] escalated = new double[24];
            byHourOfDay(category, turns, escalated);
            for (int h = 0; h < 24; h++) {
                turnsByHour[h] += turns[h];
                escalatedByHour[h] += escalated[h];
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("category", category.category());
            one.put("turns", category.turns());
            one.put("escalationRate", category.escalationRate());
            one.put("byHourJst", hours(turns, escalated));
            categories.add(one);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("categories", categories);
        data.put("allCategoriesByHourJst", hours(turnsByHour, escalatedByHour));
        return ReportSection.of("escalation", "week", source, data);
    }

    private ReportSection thresholds(Instant from, Instant to, String token) {
        String source = "threshold-service GET /api/thresholds (in force now), GET /api/audit?since&until (the week)";
        Fetched<List<ReportSources.InForce>> inForce = sources.thresholds(token);
        Fetched<List<Signals.AuditRecord>> audit = suite.audit(from, to, token);
        if (!inForce.ok() && !audit.ok()) {
            return ReportSection.unavailable("thresholds", "mixed", source, inForce.problem() + "; " + audit.problem());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inForceNow", inForce.ok() ? inForce.get() : "unavailable: " + inForce.problem());
        data.put(
                "changesThisWeek",
                audit.ok()
                        ? audit.get().stream()
                                .filter(e -> !e.dryRun() && "threshold-service".equals(e.service()))
                                .map(e -> {
                                    Map<String, Object> change = new LinkedHashMap<>();
                                    change.put("at", e.at());
                                    change.put("actor", e.actor());
                                    change.put("action", e.action());
                                    change.put("category", e.category());
                                    change.put("summary", e.summary());
                                    return change;
                                })
                                .toList()
                        : "unavailable: " + audit.problem());
        return ReportSection.of("thresholds", "mixed", source, data);
    }

    private ReportSection capacity(
            Fetched<List<ReportSources.CategoryWeek>> routing,
            Fetched<ReportSources.ReviewWeek> reviews,
            String token) {
        String source = "threshold-service GET /api/routing/stats (escalated turns, the week);"
                + " review-queue-service GET /api/reviews/decisions (the week's reviews decided and not reached"
                + " per hour), GET /api/reviews/stats (reviewers and completions now)";
        Fetched<Signals.Queue> queue = suite.queue(token);
        if (!routing.ok() && !reviews.ok() && !queue.ok()) {
            return ReportSection.unavailable(
                    "capacity", "mixed", source, routing.problem() + "; " + reviews.problem() + "; " + queue.problem());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        if (routing.ok()) {
            long[] turns = new long[24];
            double[] escalated = new double[24];
            routing.get().forEach(category -> byHourOfDay(category, turns, escalated));
            data.put("demandEscalatedPerHourJst", perDay(escalated));
        } else {
            data.put("demandEscalatedPerHourJst", "unavailable: " + routing.problem());
        }
        if (reviews.ok() && reviews.get().decidedByHourJst().size() == 24) {
            data.put("decidedPerHourJst", perDay(reviews.get().decidedByHourJst()));
            data.put("notReachedPerHourJst", perDay(reviews.get().notReachedByHourJst()));
            List<Integer> shortHours = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                if (reviews.get().notReachedByHourJst().get(h) > 0) {
                    shortHours.add(h);
                }
            }
            data.put("hoursReviewersFellShortJst", shortHours);
        } else {
            data.put(
                    "decidedPerHourJst",
                    "unavailable: " + (reviews.ok() ? "review-queue-service reports no hours" : reviews.problem()));
        }
        data.put(
                "demandNote",
                "per hour of day (JST), averaged over the 7 days: escalated turns (reviews and handoffs), the reviews"
                        + " a person decided, and the reviews nobody reached in time (timed out or auto-delivered)");
        if (queue.ok()) {
            data.put("activeReviewersNow", queue.get().activeReviewers());
            data.put("minimumStaffing", queue.get().minimumStaffing());
            data.put("completionsPerHourNow", round(queue.get().completionsPerMinute() * 60));
        } else {
            data.put("capacityNow", "unavailable: " + queue.problem());
        }
        return ReportSection.of("capacity", "mixed", source, data);
    }

    private static List<Double> perDay(double[] weekByHour) {
        List<Double> perDay = new ArrayList<>(24);
        for (double h : weekByHour) {
            perDay.add(round(h / 7.0));
        }
        return perDay;
    }

    private static List<Double> perDay(List<Long> weekByHour) {
        return perDay(weekByHour.stream().mapToDouble(Long::doubleValue).toArray());
    }

    private static ReportSection approvedUnchanged(Fetched<ReportSources.ReviewWeek> week) {
        String source = "review-queue-service GET /api/reviews/decisions?from&to (reviews created in the week)";
        if (!week.ok()) {
            return ReportSection.unavailable("approvedUnchanged", "week", source, week.problem());
        }
        ReportSources.ReviewWeek w = week.get();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("share", w.share() == null ? null : round(w.share()));
        data.put("humanDecisions", w.approved() + w.edited() + w.rejected());
        data.put("approved", w.approved());
        data.put("edited", w.edited());
        data.put("rejected", w.rejected());
        data.put("autoDelivered", w.autoDelivered());
        data.put("timedOut", w.timedOut());
        data.put("signal", w.share() != null && w.share() > APPROVED_UNCHANGED_SIGNAL);
        data.put(
                "meaning",
                "scenario 3: reviewers approving most drafts as they are means the thresholds send too much to review");
        return ReportSection.of("approvedUnchanged", "week", source, data);
    }

    private ReportSection calibration(Instant from, Instant to, String token) {
        String source = "orchestrator GET /api/confidence/calibration?from&to"
                + " (the week's review outcomes against the calibration in force now)";
        Fetched<List<ReportSources.TopicCalibration>> topics = sources.calibration(from, to, token);
        if (!topics.ok()) {
            return ReportSection.unavailable("calibration", "week", source, topics.problem());
        }
        return ReportSection.of("calibration", "week", source, Map.of("topics", topics.get()));
    }

    private ReportSection feedback(IsoWeek week, String token) {
        String source = "feedback-service GET /api/feedback/aggregates?from&to (the week),"
                + " GET /api/feedback/quality and /anomalies (now)";
        Fetched<List<ReportSources.TopicFeedback>> topics =
                sources.feedback(week.monday(), week.monday().plusDays(6), token);
        Fetched<Signals.QualityGate> gate = suite.feedbackQuality(token);
        Fetched<Signals.Anomalies> anomalies = suite.feedbackAnomalies(token);
        if (!topics.ok() && !gate.ok()) {
            return ReportSection.unavailable("feedback", "mixed", source, topics.problem() + "; " + gate.problem());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("topicsThisWeek", topics.ok() ? topics.get() : "unavailable: " + topics.problem());
        data.put("gateGreenNow", gate.ok() ? gate.get().green() : "unavailable: " + gate.problem());
        if (gate.ok()) {
            data.put("gateReasonsNow", gate.get().reasons());
        }
        data.put(
                "flaggedAccountsNow",
                anomalies.ok() ? anomalies.get().accounts().size() : "unavailable: " + anomalies.problem());
        return ReportSection.of("feedback", "mixed", source, data);
    }

    private ReportSection deliveries(Instant from, Instant to, String token) {
        String source = "delivery-watchdog GET /api/deliveries/stats/window?from&to (promises due in the week)";
        Fetched<ReportSources.DeliveryWeek> week = sources.deliveries(from, to, token);
        if (!week.ok()) {
            return ReportSection.unavailable("deliveries", "week", source, week.problem());
        }
        ReportSources.DeliveryWeek d = week.get();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("delivered", d.delivered());
        data.put("fallback", d.fallback());
        data.put("pending", d.pending());
        data.put("keptOnTimeShare", d.keptOnTimeShare() == null ? null : round(d.keptOnTimeShare()));
        return ReportSection.of("deliveries", "week", source, data);
    }

    /** Adds a category's hours into 24 hour-of-day bins (JST): turns and escalated turns. */
    static void byHourOfDay(ReportSources.CategoryWeek category, long[] turns, double[] escalated) {
        for (ReportSources.Hour hour : category.hourly()) {
            int h = hour.hour().atZone(IsoWeek.JST).getHour();
            turns[h] += hour.turns();
            if (hour.escalationRate() != null) {
                escalated[h] += hour.escalationRate() * hour.turns();
            }
        }
    }

    private static List<Map<String, Object>> hours(long[] turns, double[] escalated) {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("hour", h);
            one.put("turns", turns[h]);
            one.put("escalationRate", turns[h] == 0 ? null : round(escalated[h] / turns[h]));
            hours.add(one);
        }
        return hours;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
