package com.mangaassist.systemtests.gameday;

import com.mangaassist.systemtests.review.StaffClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 2, a poisoning campaign: new accounts down-vote answers on a bot's uniform schedule and push a
 * competitor in corrections, among an organic crowd and customers chatting as usual. The anomaly detector's run names
 * the accounts, its alarms fire, and the checklist says freeze the improvement job and quarantine the flagged
 * accounts (step 9); on-call does both, the next detector run is clean, and an ML lead unfreezes the job.
 */
public final class PoisoningDrill implements Drill {

    private static final int ATTACKERS = 10;
    private static final int ATTACK_SIGNALS = 12;
    private static final int CROWD = 60;
    private static final int CROWD_SIGNALS = 8;
    private static final int CHATTING = 4;
    private static final String COMPETITOR =
            "Wrong. RivalManga has it cheaper, order at https://rival-manga.example/one-piece?ref=fb now";

    @Override
    public int scenario() {
        return 2;
    }

    @Override
    public String title() {
        return "A feedback poisoning campaign";
    }

    @Override
    public void run(DrillContext context, DrillReport report) {
        DrillLog log = context.log();
        FeedbackCrowd crowd = new FeedbackCrowd(context);
        List<DrillCustomers.Turn> asked = new ArrayList<>();
        List<FeedbackCrowd.Rater> organic = new ArrayList<>(
                crowd.established("gd2-crowd", CROWD, CROWD_SIGNALS, List.of("availability", "recommendation")));
        for (int i = 0; i < CHATTING; i++) {
            organic.add(crowd.chatting("gd2-fan-" + context.run() + "-" + i, true, 3, asked));
        }
        List<FeedbackCrowd.Rater> attackers = new ArrayList<>();
        for (int i = 0; i < ATTACKERS; i++) {
            FeedbackCrowd.Rater seeded = crowd.established("gd2-rival-" + i, 1, ATTACK_SIGNALS, List.of("availability"))
                    .get(0);
            attackers.add(new FeedbackCrowd.Rater(
                    seeded.userId(), crowd.account(seeded.userId(), false, Duration.ofDays(2)), seeded.messageIds()));
        }
        Set<String> attackerIds = new TreeSet<>(
                attackers.stream().map(FeedbackCrowd.Rater::userId).toList());
        log.say(
                DrillLog.Kind.INJECT,
                ATTACKERS + " two-day-old accounts start down-voting every 1.5-1.7 s and pushing RivalManga, among "
                        + organic.size() + " organic customers");
        ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS + organic.size());
        try {
            List<Future<?>> ratings = new ArrayList<>();
            for (int a = 0; a < attackers.size(); a++) {
                FeedbackCrowd.Rater attacker = attackers.get(a);
                Random random = new Random(1_000 + a);
                ratings.add(pool.submit(() -> attack(attacker, random)));
            }
            for (int c = 0; c < organic.size(); c++) {
                FeedbackCrowd.Rater customer = organic.get(c);
                Random random = new Random(2_000 + c);
                ratings.add(pool.submit(() -> rateOrganically(customer, random)));
            }
            for (Future<?> rating : ratings) {
                rating.get(5, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the campaign did not finish", e);
        } finally {
            pool.shutdownNow();
        }
        StaffClient oncallFeedback = context.desk().client("feedback");
        JsonNode detected =
                oncallFeedback.get("/api/feedback/anomalies?refresh=true").body();
        log.say(
                DrillLog.Kind.INJECT,
                "the anomaly detector's run (every 15 min; brought forward by the drill): "
                        + detected.path("findings").size() + " finding(s)");

        Optional<JsonNode> seen = context.desk()
                .awaitChecklist(
                        "a FeedbackAnomaly alarm and step 9 act",
                        c -> OncallDesk.firingAlarms(c).stream().anyMatch(a -> a.startsWith("FeedbackAnomaly-"))
                                && OncallDesk.acts(c, 9),
                        context.timings().patience());
        String alarm = "FeedbackAnomaly-";
        if (seen.isEmpty()) {
            report.expect(false, "no FeedbackAnomaly alarm fired");
        } else {
            JsonNode checklist = seen.get();
            alarm = OncallDesk.firingAlarms(checklist).stream()
                    .filter(a -> a.startsWith("FeedbackAnomaly-"))
                    .findFirst()
                    .orElseThrow();
            DrillSteps.alarmFired(report, checklist, alarm);
            DrillSteps.namesComponent(report, checklist, "feedback");
            report.expect(OncallDesk.acts(checklist, 5), "step 5 (feedback data quality) not in act");
            Set<String> candidates = new TreeSet<>();
            OncallDesk.step(checklist, 9)
                    .path("evidence")
                    .path("quarantineCandidates")
                    .forEach(c -> candidates.add(c.asString()));
            log.say(DrillLog.Kind.CHECKLIST, "quarantine candidates: " + candidates);
            report.expect(
                    candidates.equals(attackerIds),
                    "the candidates are not exactly the attackers: " + candidates + " vs " + attackerIds);
            DrillSteps.freezeAsRecommended(context, report, checklist);
            Set<String> flagged = new TreeSet<>(candidates);
            flagged.retainAll(attackerIds);
            if (!flagged.isEmpty()) {
                context.desk()
                        .run(
                                "feedback",
                                "quarantine",
                                "scenario 2: accounts flagged by the anomaly detector",
                                Map.of("scope", "ACCOUNT", "ids", String.join(",", flagged)));
                report.mitigated(
                        "flagged accounts quarantined (runbook quarantine, as step 9 says): " + flagged.size());
            }
            JsonNode rerun =
                    oncallFeedback.get("/api/feedback/anomalies?refresh=true").body();
            log.say(
                    DrillLog.Kind.MITIGATION,
                    "the detector's next run: " + rerun.path("findings").size() + " finding(s)");
            String firing = alarm;
            Optional<JsonNode> cleared = context.desk()
                    .awaitChecklist(
                            firing + " cleared",
                            c -> !OncallDesk.firingAlarms(c).contains(firing),
                            context.timings().patience());
            report.expect(cleared.isPresent(), firing + " did not clear after the quarantine");
        }
        DrillSteps.unfreezeAsMlLead(context, "campaign quarantined");
        DrillSteps.accountFor(context, report, asked, context.timings().patience());
        DrillSteps.closeAndExport(
                context,
                report,
                alarm,
                "Poisoning campaign; froze the improvement job and quarantined the flagged accounts.");
    }

    /** Down-votes on a bot's uniform schedule, then corrections pushing a competitor. */
    private static void attack(FeedbackCrowd.Rater attacker, Random random) {
        long next = System.nanoTime();
        for (String messageId : attacker.messageIds()) {
            next = waitUntil(next, 1_500 + random.nextInt(201));
            attacker.feedback().post("/api/feedback", FeedbackCrowd.binary(messageId, "DOWN"));
        }
        for (int i = 0; i < 4; i++) {
            next = waitUntil(next, 1_500 + random.nextInt(201));
            attacker.feedback()
                    .post(
                            "/api/feedback",
                            FeedbackCrowd.correction(attacker.messageIds().get(i), COMPETITOR));
        }
    }

    /** Ratings at exponential intervals (mean 2 s), about one in six down. */
    private static void rateOrganically(FeedbackCrowd.Rater customer, Random random) {
        long next = System.nanoTime();
        for (String messageId : customer.messageIds()) {
            next = waitUntil(next, (long) (-Math.log(1 - random.nextDouble()) * 2_000));
            String signal = random.nextDouble() < 1.0 / 6 ? "DOWN" : "UP";
            customer.feedback().post("/api/feedback", FeedbackCrowd.binary(messageId, signal));
        }
    }

    /** Paces a simulated client on its own schedule. */
    private static long waitUntil(long previous, long intervalMillis) {
        long due = previous + Duration.ofMillis(intervalMillis).toNanos();
        long now = System.nanoTime();
        if (due > now) {
            LockSupport.parkNanos(due - now);
        }
        return due;
    }
}
