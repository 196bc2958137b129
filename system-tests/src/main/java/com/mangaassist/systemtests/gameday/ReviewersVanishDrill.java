package com.mangaassist.systemtests.gameday;

import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.SimulatedReviewer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 1, reviewers vanish at peak: three reviewers at work disappear without checking out, and a burst of
 * VIP order-status questions and refunds (all P1) fills the queue past its operational limit of 50. The queue-depth
 * alarm fires; the checklist says act on steps 2, 3 and 8 and recommends the emergency relaxation (0.7) and paging
 * backup reviewers; on-call runs both; relaxed questions are answered at once, backup reviewers drain the rest, and
 * what they cannot reach in time goes out as a delayed answer with the disclaimer. The relaxation is lifted at the end.
 */
public final class ReviewersVanishDrill implements Drill {

    static final String ALARM = "ReviewQueueDepth-Critical";
    private static final int VIPS = 20;
    private static final int REFUNDS = 8;
    private static final List<String> ORDER_STATUS = List.of(
            "Where is my order #48213? It hasn't arrived.",
            "Has my order shipped yet?",
            "When will order 55120 be delivered?");
    private static final List<String> REFUND = List.of(
            "I want a refund for my order, the book arrived damaged.",
            "Please refund order #77102, I was charged twice.");

    @Override
    public int scenario() {
        return 1;
    }

    @Override
    public String title() {
        return "Reviewers vanish at peak";
    }

    @Override
    public void run(DrillContext context, DrillReport report) {
        DrillLog log = context.log();
        ExecutorService pool = Executors.newCachedThreadPool();
        List<SimulatedReviewer> team = new ArrayList<>();
        List<String> reviewerIds = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                team.add(reviewer(context, "gd1-r" + i + "-" + context.run(), reviewerIds, pool));
            }
            log.say(DrillLog.Kind.INJECT, "3 reviewers checked in and working");
            team.forEach(SimulatedReviewer::vanish);
            log.say(DrillLog.Kind.INJECT, "peak hour: the 3 reviewers vanish (no check-out) and the questions pour in");

            List<DrillCustomers.Turn> turns = new ArrayList<>();
            List<CustomerSocket> vips = new ArrayList<>();
            for (int i = 0; i < VIPS; i++) {
                String user = "gd1-vip-" + context.run() + "-" + i;
                CustomerSocket socket = context.customers().connect(user, true);
                vips.add(socket);
                for (int q = 0; q < 2; q++) {
                    turns.add(context.customers()
                            .ask(user, socket, user + "-q" + q, ORDER_STATUS.get((i + q) % ORDER_STATUS.size()), "en"));
                }
            }
            for (int i = 0; i < REFUNDS; i++) {
                String user = "gd1-refund-" + context.run() + "-" + i;
                CustomerSocket socket = context.customers().connect(user, false);
                for (int q = 0; q < 2; q++) {
                    turns.add(context.customers().ask(user, socket, user + "-q" + q, REFUND.get(q), "en"));
                }
            }
            log.say(DrillLog.Kind.INJECT, turns.size() + " questions asked by " + (VIPS + REFUNDS) + " customers");

            Optional<JsonNode> seen = DrillSteps.awaitAlarm(
                    context, report, ALARM, 8, context.timings().patience());
            if (seen.isPresent()) {
                JsonNode checklist = seen.get();
                DrillSteps.namesComponent(report, checklist, "review queue");
                report.expect(OncallDesk.acts(checklist, 2), "step 2 (queue depth) not in act");
                Optional<JsonNode> relaxation = DrillSteps.recommends(report, checklist, 8, "emergency-relaxation");
                report.expect(
                        !"ok".equals(OncallDesk.step(checklist, 3).get("status").asString()),
                        "step 3 (reviewers) says ok with nobody reviewing");
                relaxation.ifPresent(r -> {
                    report.expect(
                            "0.7"
                                    .equals(r.path("parameters")
                                            .path("autoRespondMin")
                                            .asString()),
                            "relaxation not pre-filled with 0.7: " + r.path("parameters"));
                    context.desk().runRecommended(r, Map.of());
                    report.mitigated("emergency relaxation to 0.7 (runbook, step 8)");
                });
                // step 2 says page backup reviewers too; step 3 names the runbook only once the roster is under its
                // minimum, which vanished reviewers (still checked in) are not yet
                Optional<JsonNode> paging = OncallDesk.runbook(checklist, 3)
                        .filter(r ->
                                "page-backup-reviewers".equals(r.get("name").asString()));
                if (paging.isPresent()) {
                    report.runbookRecommended("step 3: page-backup-reviewers");
                    context.desk().runRecommended(paging.get(), Map.of());
                } else {
                    context.desk()
                            .run(
                                    "reviews",
                                    "page-backup-reviewers",
                                    "checklist step 2: "
                                            + OncallDesk.step(checklist, 2)
                                                    .get("recommendation")
                                                    .asString(),
                                    Map.of());
                }
                report.mitigated("backup reviewers paged (runbook page-backup-reviewers)");
                for (int i = 0; i < 4; i++) {
                    team.add(reviewer(context, "gd1-backup" + i + "-" + context.run(), reviewerIds, pool));
                }
                log.say(DrillLog.Kind.MITIGATION, "4 backup reviewers answered the page and checked in");

                String user = "gd1-vip-" + context.run() + "-after";
                DrillCustomers.Turn after = context.customers()
                        .ask(user, context.customers().connect(user, true), user + "-q", ORDER_STATUS.get(1), "en");
                String type = DrillCustomers.firstReply(after, Duration.ofSeconds(30))
                        .map(CustomerSocket.Received::type)
                        .orElse("none");
                log.say(DrillLog.Kind.CUSTOMERS, "a VIP order-status question after the relaxation: " + type);
                report.expect(
                        "answer".equals(type), "the relaxation did not answer a VIP order-status question: " + type);
                turns.add(after);
            }
            DrillSteps.accountFor(
                    context,
                    report,
                    turns,
                    context.timings().reviewTimeout().plus(context.timings().patience()));
            context.desk()
                    .run("thresholds", "lift-emergency-relaxation", "game day over: reviewers are back", Map.of());
            DrillSteps.closeAndExport(
                    context,
                    report,
                    ALARM,
                    "Reviewers vanished at peak; relaxed to 0.7 and paged backup reviewers; every customer answered.");
        } finally {
            team.forEach(SimulatedReviewer::vanish);
            pool.shutdownNow();
            reviewerIds.forEach(id -> DrillSteps.checkOut(context, id));
        }
    }

    private static SimulatedReviewer reviewer(DrillContext context, String id, List<String> ids, ExecutorService pool) {
        SimulatedReviewer reviewer = new SimulatedReviewer(
                id, context.staff("reviews", id, "reviewer"), Duration.ofSeconds(2), Clock.systemUTC(), id.hashCode());
        reviewer.checkIn();
        ids.add(id);
        pool.submit(reviewer);
        return reviewer;
    }
}
