package com.mangaassist.threshold.simulation.domain;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.capacity.domain.PriorityQueueModel;
import com.mangaassist.threshold.capacity.domain.ReviewSlas;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.simulation.domain.CostModel.DailyCost;
import com.mangaassist.threshold.simulation.domain.ImpactReport.CapacityImpact;
import com.mangaassist.threshold.simulation.domain.ImpactReport.CapacitySource;
import com.mangaassist.threshold.simulation.domain.ImpactReport.CategoryImpact;
import com.mangaassist.threshold.simulation.domain.ImpactReport.HourlyLoad;
import com.mangaassist.threshold.simulation.domain.ImpactReport.PriorityOutlook;
import com.mangaassist.threshold.simulation.domain.ImpactReport.QueueOutlook;
import com.mangaassist.threshold.simulation.domain.ImpactReport.RoutingOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers "what happens if these thresholds change?" before anyone approves the change (runbook scenario
 * 3): replays the lookback's hourly confidence histograms against the current and the proposed thresholds
 * and reports, before against after, the routing shares per category and in total, reviews per day against
 * review capacity, an average day's hourly load in JST, the queue's growth and backlog, the SLA breach
 * risk per priority at the peak hour, the daily cost, and what reviewers would have changed.
 *
 * <p><b>Model.</b>
 *
 * <ul>
 *   <li>Routing per bin as the router decides ({@link RoutingCounts}); the confidence distribution of the
 *       lookback is assumed to stay as it was (thresholds do not change what the model answers).
 *   <li>Per-day values are lookback totals ÷ lookback days; the hourly profile is each JST hour's total ÷
 *       lookback days. Asia/Tokyo has no daylight saving time, so the JST hour is the UTC hour + 9.
 *   <li>Capacity: the reviewers of the request's staffing plan by JST hour, or else the reviewers active in
 *       fresh review signals, on duty all day (the simplest honest extrapolation: the signals say nothing
 *       about later shifts); times the measured throughput per reviewer, or the assumed one when none was
 *       measured. Stale or missing signals without a plan: capacity unknown, said so in a warning.
 *   <li>Queue over the day: an hourly fluid model (each hour adds its arrivals and drains its capacity).
 *   <li>SLA risk: the non-preemptive priority M/M/c model ({@link PriorityQueueModel}) at the peak hour's
 *       arrival rate per priority, steady state (it ignores the backlog carried over from earlier hours,
 *       which the fluid model reports). Priorities per category from the {@link PriorityMix}, low-band
 *       reviews one step lower. A review breaches when its wait exceeds its SLA minus the mean handling
 *       time ({@link ReviewSlas#waitBudgetSeconds}).
 *   <li>Reviewer changes: the confidence is calibrated to P(reviewer approves the draft unchanged), so the
 *       expected share of auto-responses a reviewer would have changed is {@code Σ n(b)·(1 − c(b)) / Σ
 *       n(b)} over the auto-responded bins, and the reviews expected to be approved unchanged are {@code Σ
 *       n(b)·c(b)} over the reviewed bins, with {@code c(b)} the bin's midpoint
 *       ({@link ConfidenceHistogram#representative}).
 * </ul>
 *
 * <p>Cost is linear in the inputs and takes no part in any decision. The simulator is stateless and
 * thread-safe; one run over 7 days × 24 hours × 9 categories of histograms reads each bin once.
 */
public final class ImpactSimulator {

    /** The zone of the hourly profile and of staffing plans. */
    public static final ZoneId PROFILE_ZONE = ZoneId.of("Asia/Tokyo");

    /** P1 SLA breach share the on-call alarm fires at (runbook scenario 1: ReviewSLABreachRate-P1 &gt; 5 %). */
    public static final double P1_BREACH_ALARM = 0.05;

    /** P2 SLA breach share the on-call alarm fires at (ReviewSLABreachRate-P2 &gt; 10 %). */
    public static final double P2_BREACH_ALARM = 0.10;

    private static final int HOURS = 24;
    private static final int JST_OFFSET_HOURS = 9;
    private static final int BEFORE = 0;
    private static final int AFTER = 1;
    private static final TopicCategory[] CATEGORIES = TopicCategory.values();
    private static final Priority[] PRIORITIES = Priority.values();

    /** Runs the simulation; see the class comment for the model. */
    public ImpactReport simulate(SimulationRequest request) {
        int categories = CATEGORIES.length;
        double days = request.lookback().toMillis() / 86_400_000.0;

        ThresholdSet[][] sets = new ThresholdSet[2][categories];
        int[][] handoffCut = new int[2][categories];
        int[][] reviewCut = new int[2][categories];
        int[][] autoCut = new int[2][categories];
        for (TopicCategory category : CATEGORIES) {
            int c = category.ordinal();
            sets[BEFORE][c] = request.currentOf(category);
            sets[AFTER][c] = request.proposedOf(category);
            for (int s = BEFORE; s <= AFTER; s++) {
                RoutingCounts.Cuts cuts = RoutingCounts.Cuts.of(sets[s][c]);
                handoffCut[s][c] = cuts.handoff();
                reviewCut[s][c] = cuts.review();
                autoCut[s][c] = cuts.auto();
            }
        }

        // one pass over every bin of every histogram: merge per category, band counts per JST hour
        long[][] merged = new long[categories][ConfidenceBins.COUNT];
        long[][][] normalByHour = new long[2][categories][HOURS];
        long[][][] lowByHour = new long[2][categories][HOURS];
        long[] turnsByHour = new long[HOURS];
        long[] prefix = new long[ConfidenceBins.COUNT + 1];
        for (HourlyHistogram item : request.histograms()) {
            int c = item.category().ordinal();
            long[] counts = item.histogram().counts();
            long[] into = merged[c];
            long running = 0;
            for (int b = 0; b < counts.length; b++) {
                long n = counts[b];
                into[b] += n;
                running += n;
                prefix[b + 1] = running;
            }
            int hour = jstHour(item.hour());
            turnsByHour[hour] += running;
            for (int s = BEFORE; s <= AFTER; s++) {
                long review = prefix[reviewCut[s][c]];
                normalByHour[s][c][hour] += prefix[autoCut[s][c]] - review;
                lowByHour[s][c][hour] += review - prefix[handoffCut[s][c]];
            }
        }

        // per category and in total
        double[] scores = ConfidenceHistogram.representativeScores();
        List<CategoryImpact> categoryImpacts = new ArrayList<>(categories);
        long[][] totals = new long[2][4]; // auto, review, low band, handoff
        double[] changedAuto = new double[2];
        double[] unchangedReviews = new double[2];
        long turns = 0;
        for (TopicCategory category : CATEGORIES) {
            int c = category.ordinal();
            long[] counts = merged[c];
            long categoryTurns = 0;
            for (long n : counts) {
                categoryTurns += n;
            }
            turns += categoryTurns;
            RoutingOutcome[] outcomes = new RoutingOutcome[2];
            for (int s = BEFORE; s <= AFTER; s++) {
                long handoff = 0;
                long low = 0;
                long review = 0;
                long auto = 0;
                double unchanged = 0;
                double changed = 0;
                int b = 0;
                for (; b < handoffCut[s][c]; b++) {
                    handoff += counts[b];
                }
                for (; b < autoCut[s][c]; b++) {
                    unchanged += counts[b] * scores[b];
                    if (b < reviewCut[s][c]) {
                        low += counts[b];
                    } else {
                        review += counts[b];
                    }
                }
                for (; b < counts.length; b++) {
                    auto += counts[b];
                    changed += counts[b] * (1 - scores[b]);
                }
                totals[s][0] += auto;
                totals[s][1] += review;
                totals[s][2] += low;
                totals[s][3] += handoff;
                changedAuto[s] += changed;
                unchangedReviews[s] += unchanged;
                outcomes[s] = outcome(auto, review, low, handoff, changed, unchanged, days);
            }
            categoryImpacts.add(new CategoryImpact(
                    category,
                    sets[BEFORE][c],
                    sets[AFTER][c],
                    !sets[BEFORE][c].equals(sets[AFTER][c]),
                    categoryTurns,
                    categoryTurns / days,
                    outcomes[BEFORE],
                    outcomes[AFTER]));
        }
        RoutingOutcome before = outcome(
                totals[BEFORE][0],
                totals[BEFORE][1],
                totals[BEFORE][2],
                totals[BEFORE][3],
                changedAuto[BEFORE],
                unchangedReviews[BEFORE],
                days);
        RoutingOutcome after = outcome(
                totals[AFTER][0],
                totals[AFTER][1],
                totals[AFTER][2],
                totals[AFTER][3],
                changedAuto[AFTER],
                unchangedReviews[AFTER],
                days);
        double messagesPerDay = turns / days;

        // hourly averages
        double[][] reviewsByHour = new double[2][HOURS];
        for (int s = BEFORE; s <= AFTER; s++) {
            for (int c = 0; c < categories; c++) {
                for (int h = 0; h < HOURS; h++) {
                    reviewsByHour[s][h] += (normalByHour[s][c][h] + lowByHour[s][c][h]) / days;
                }
            }
        }

        List<String> warnings = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        Capacity capacity = capacity(request, warnings, assumptions);

        DailyCost costBefore =
                request.costModel().daily(messagesPerDay, before.reviewsPerDay(), capacity.reviewsPerReviewerPerHour);
        DailyCost costAfter =
                request.costModel().daily(messagesPerDay, after.reviewsPerDay(), capacity.reviewsPerReviewerPerHour);

        CapacityImpact capacityImpact = null;
        if (capacity.known()) {
            double[] perHour = capacity.perHour();
            double perDay = 0;
            for (double hourly : perHour) {
                perDay += hourly;
            }
            QueueOutlook[] outlooks = new QueueOutlook[2];
            for (int s = BEFORE; s <= AFTER; s++) {
                outlooks[s] = outlook(reviewsByHour[s], normalByHour[s], lowByHour[s], days, capacity, request);
            }
            List<Integer> reviewers = new ArrayList<>(HOURS);
            for (int count : capacity.reviewersByHour) {
                reviewers.add(count);
            }
            capacityImpact = new CapacityImpact(
                    capacity.source,
                    reviewers,
                    capacity.reviewsPerReviewerPerHour,
                    capacity.measured,
                    perDay,
                    utilisation(before.reviewsPerDay(), perDay),
                    utilisation(after.reviewsPerDay(), perDay),
                    after.reviewsPerDay() > perDay,
                    outlooks[BEFORE],
                    outlooks[AFTER]);
            capacityWarnings(before, after, capacityImpact, warnings);
        }

        List<HourlyLoad> profile = new ArrayList<>(HOURS);
        for (int h = 0; h < HOURS; h++) {
            profile.add(new HourlyLoad(
                    h,
                    turnsByHour[h] / days,
                    reviewsByHour[BEFORE][h],
                    reviewsByHour[AFTER][h],
                    capacity.known() ? capacity.perHour()[h] : null));
        }

        dataWarnings(request, categoryImpacts, turns, warnings);
        assumptions.add("Shares and volumes replay the lookback's confidence histograms (" + format(days)
                + " days); the confidence distribution is assumed not to change with the thresholds.");
        assumptions.add("Reviewer changes assume calibrated confidence: a draft scoring c is approved unchanged"
                + " with probability c (c = the bin's midpoint).");
        assumptions.add("Handoffs go to live agents: they are neither reviews nor costed.");

        return new ImpactReport(
                request.asOf(),
                days,
                turns,
                messagesPerDay,
                categoryImpacts,
                before,
                after,
                costBefore,
                costAfter,
                capacity.known(),
                capacityImpact,
                profile,
                warnings,
                assumptions);
    }

    private static RoutingOutcome outcome(
            long auto, long review, long low, long handoff, double changed, double unchanged, double days) {
        long total = auto + review + low + handoff;
        long reviews = review + low;
        double t = total;
        return new RoutingOutcome(
                total == 0 ? 0 : auto / t,
                total == 0 ? 0 : reviews / t,
                total == 0 ? 0 : handoff / t,
                total == 0 ? 0 : (reviews + handoff) / t,
                auto / days,
                reviews / days,
                low / days,
                handoff / days,
                auto == 0 ? 0 : changed / auto,
                changed / days,
                reviews == 0 ? 0 : unchanged / reviews,
                unchanged / days);
    }

    /** Hour of day in Asia/Tokyo (UTC+9, no daylight saving time) of an hour's start. */
    static int jstHour(Instant hour) {
        return (int) Math.floorMod(Math.floorDiv(hour.getEpochSecond(), 3600) + JST_OFFSET_HOURS, (long) HOURS);
    }

    private static double utilisation(double reviewsPerDay, double capacityPerDay) {
        if (capacityPerDay == 0) {
            return reviewsPerDay == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return reviewsPerDay / capacityPerDay;
    }

    /** The reviewers per JST hour and their throughput; {@code reviewersByHour} is null when unknown. */
    private record Capacity(
            CapacitySource source, int[] reviewersByHour, double reviewsPerReviewerPerHour, boolean measured) {

        boolean known() {
            return reviewersByHour != null;
        }

        double[] perHour() {
            double[] perHour = new double[HOURS];
            for (int h = 0; h < HOURS; h++) {
                perHour[h] = reviewersByHour[h] * reviewsPerReviewerPerHour;
            }
            return perHour;
        }
    }

    private static Capacity capacity(SimulationRequest request, List<String> warnings, List<String> assumptions) {
        Optional<CapacitySignals> signals = request.capacitySignals();
        boolean fresh = signals.isPresent()
                && Duration.between(signals.get().at(), request.asOf()).compareTo(request.maxSignalAge()) <= 0;
        boolean measured = fresh && signals.get().reviewsPerReviewerPerHour() > 0;
        double throughput =
                measured ? signals.get().reviewsPerReviewerPerHour() : request.assumedReviewsPerReviewerPerHour();
        String throughputText = format(throughput) + " reviews per reviewer-hour ("
                + (measured ? "measured by the review service" : "assumed: none measured") + ")";

        if (!request.reviewersByJstHour().isEmpty()) {
            int[] plan = new int[HOURS];
            for (int h = 0; h < HOURS; h++) {
                plan[h] = request.reviewersByJstHour().get(h);
            }
            assumptions.add("Capacity: the staffing plan's reviewers per JST hour × " + throughputText + ".");
            return new Capacity(CapacitySource.STAFFING_PLAN, plan, throughput, measured);
        }
        if (signals.isEmpty()) {
            warnings.add("Capacity unknown: no review signals and no staffing plan, so reviews are not compared"
                    + " with capacity and SLA risk is not estimated.");
            assumptions.add("Reviewer cost uses " + throughputText + ".");
            return new Capacity(null, null, throughput, false);
        }
        CapacitySignals latest = signals.get();
        if (!fresh) {
            warnings.add("Capacity unknown: the latest review signals are from " + latest.at() + ", older than "
                    + request.maxSignalAge().toSeconds() + " s at " + request.asOf()
                    + ", so reviews are not compared with capacity and SLA risk is not estimated.");
            assumptions.add("Reviewer cost uses " + throughputText + ".");
            return new Capacity(null, null, throughput, false);
        }
        int active = latest.activeReviewers();
        if (active < latest.minimumStaffing()) {
            warnings.add("Staffing below minimum: " + active + " reviewers active against a minimum of "
                    + latest.minimumStaffing() + " at " + latest.at() + "; capacity is extrapolated from them.");
        }
        int[] constant = new int[HOURS];
        Arrays.fill(constant, active);
        assumptions.add("Capacity: the " + active + " reviewers active at " + latest.at()
                + " stay on duty all day (no shift plan given) × " + throughputText + ".");
        return new Capacity(CapacitySource.SIGNALS, constant, throughput, measured);
    }

    private static QueueOutlook outlook(
            double[] arrivals,
            long[][] normalByHour,
            long[][] lowByHour,
            double days,
            Capacity capacity,
            SimulationRequest request) {
        double[] perHour = capacity.perHour();
        double overflow = 0;
        double arrivalsPerDay = 0;
        double capacityPerDay = 0;
        int peakHour = 0;
        double peakRatio = -1;
        for (int h = 0; h < HOURS; h++) {
            overflow += Math.max(0, arrivals[h] - perHour[h]);
            arrivalsPerDay += arrivals[h];
            capacityPerDay += perHour[h];
            double ratio = perHour[h] > 0 ? arrivals[h] / perHour[h] : arrivals[h] > 0 ? Double.POSITIVE_INFINITY : 0;
            if (ratio > peakRatio || (ratio == peakRatio && arrivals[h] > arrivals[peakHour])) {
                peakRatio = ratio;
                peakHour = h;
            }
        }
        double growth = Math.max(0, arrivalsPerDay - capacityPerDay);

        // fluid backlog over the day: the repeating cycle when the day's capacity suffices, else day one
        double start = 0;
        double peakBacklog = 0;
        int peakBacklogHour = 0;
        int maxDays = growth > 0 ? 1 : 1000;
        for (int day = 0; day < maxDays; day++) {
            double backlog = start;
            peakBacklog = 0;
            peakBacklogHour = 0;
            for (int h = 0; h < HOURS; h++) {
                backlog = Math.max(0, backlog + arrivals[h] - perHour[h]);
                if (backlog > peakBacklog) {
                    peakBacklog = backlog;
                    peakBacklogHour = h;
                }
            }
            if (backlog == start) {
                break;
            }
            start = backlog;
        }

        // the priority queue at the peak hour
        double[] byPriority = new double[PRIORITIES.length];
        PriorityMix mix = request.priorityMix();
        for (TopicCategory category : CATEGORIES) {
            int c = category.ordinal();
            double normal = normalByHour[c][peakHour] / days;
            double low = lowByHour[c][peakHour] / days;
            double[] normalShares = mix.normalRow(category);
            double[] lowShares = mix.lowBandRow(category);
            for (int p = 0; p < byPriority.length; p++) {
                byPriority[p] += normal * normalShares[p] + low * lowShares[p];
            }
        }
        int servers = capacity.reviewersByHour[peakHour];
        double throughput = capacity.reviewsPerReviewerPerHour;
        PriorityQueueModel model = PriorityQueueModel.of(servers, throughput, byPriority);
        double meanHandlingSeconds = 3600.0 / throughput;
        List<PriorityOutlook> perPriority = new ArrayList<>(PRIORITIES.length);
        for (Priority priority : PRIORITIES) {
            int k = priority.ordinal();
            double budgetHours = request.slas().waitBudgetSeconds(priority, meanHandlingSeconds) / 3600.0;
            perPriority.add(new PriorityOutlook(
                    priority,
                    byPriority[k],
                    request.slas().seconds(priority),
                    model.meanWait(k) * 3600.0,
                    model.probabilityWaitExceeds(k, budgetHours),
                    model.stable(k)));
        }
        return new QueueOutlook(
                peakHour,
                arrivals[peakHour],
                perHour[peakHour],
                overflow,
                growth,
                peakBacklog,
                peakBacklogHour,
                perPriority);
    }

    private static void capacityWarnings(
            RoutingOutcome before, RoutingOutcome after, CapacityImpact capacity, List<String> warnings) {
        QueueOutlook queue = capacity.after();
        if (capacity.exceedsCapacity()) {
            warnings.add("Capacity exceeded: " + format(after.reviewsPerDay()) + " reviews per day after the change"
                    + " against a capacity of " + format(capacity.capacityPerDay()) + " per day (utilisation "
                    + percent(capacity.utilisationAfter()) + "); the queue grows by "
                    + format(queue.backlogGrowthPerDay()) + " reviews per day.");
        } else if (queue.overflowReviewsPerDay() > 0) {
            warnings.add("Peak hours exceed capacity: at " + hour(queue.peakHourJst()) + " "
                    + format(queue.peakArrivalsPerHour()) + " reviews per hour arrive against "
                    + format(queue.peakCapacityPerHour()) + "; the backlog peaks at "
                    + format(queue.peakBacklog()) + " reviews.");
        }
        if (before.reviewsPerDay() > capacity.capacityPerDay()) {
            warnings.add("Reviews already exceed capacity before the change: " + format(before.reviewsPerDay())
                    + " per day against " + format(capacity.capacityPerDay()) + ".");
        }
        slaWarning(Priority.P1, P1_BREACH_ALARM, capacity, warnings);
        slaWarning(Priority.P2, P2_BREACH_ALARM, capacity, warnings);
    }

    private static void slaWarning(Priority priority, double alarm, CapacityImpact capacity, List<String> warnings) {
        PriorityOutlook before = capacity.before().of(priority);
        PriorityOutlook after = capacity.after().of(priority);
        if (after.breachProbability() > alarm) {
            warnings.add(priority + " SLA at risk: at the peak hour ("
                    + capacity.after().peakHourJst()
                    + ":00 JST) " + percent(after.breachProbability()) + " of " + priority
                    + " reviews would breach their " + format(after.slaSeconds()) + " s SLA after the change ("
                    + percent(before.breachProbability()) + " before; alarm above " + percent(alarm) + ")"
                    + (after.stable() ? "." : "; the " + priority + " queue is unstable."));
        }
    }

    private static void dataWarnings(
            SimulationRequest request, List<CategoryImpact> impacts, long turns, List<String> warnings) {
        if (turns == 0) {
            warnings.add("No turns in the lookback: every share and volume is 0.");
        }
        for (CategoryImpact impact : impacts) {
            if (!impact.changed()) {
                continue;
            }
            TopicCategory category = impact.category();
            if (impact.turns() < request.minimumTurnsPerCategory()) {
                warnings.add("Too little data for " + category.code() + ": " + impact.turns()
                        + " turns in the lookback (fewer than " + request.minimumTurnsPerCategory()
                        + "); its projection is unreliable.");
            }
            if (category.protectedFromOverrides()
                    && impact.proposed().autoRespondMin() < impact.current().autoRespondMin()) {
                warnings.add("Protected category relaxed: " + category.code() + " auto-respond minimum "
                        + impact.current().autoRespondMin() + " → "
                        + impact.proposed().autoRespondMin()
                        + " (refund, complaint and legal are never relaxed by overrides).");
            }
        }
    }

    private static String format(double value) {
        if (Double.isInfinite(value)) {
            return "∞";
        }
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }

    private static String hour(int jstHour) {
        return String.format(Locale.ROOT, "%02d:00 JST", jstHour);
    }

    private static String percent(double share) {
        if (Double.isInfinite(share)) {
            return "∞";
        }
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
