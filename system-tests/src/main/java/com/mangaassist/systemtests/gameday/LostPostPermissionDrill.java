package com.mangaassist.systemtests.gameday;

import com.mangaassist.systemtests.review.CustomerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 4, the timeout path loses its right to post to connections: a deploy takes
 * {@code execute-api:ManageConnections} away from delivery-watchdog's role (the stand-in gateway refuses its
 * PostToConnection with AccessDenied), then customers ask questions that go to review and nobody reviews them. When
 * the workflow times out the delayed answers cannot be posted; the watchdog keeps the promises PENDING and counts
 * access_denied, the overdue-promises alarm fires, and the checklist points at delivery and the retry runbook. On-call
 * restores the permission and runs the retry: every customer gets the delayed answer with the disclaimer.
 */
public final class LostPostPermissionDrill implements Drill {

    static final String ALARM = "PromisesOverdue";
    private static final int CUSTOMERS = 5;

    @Override
    public int scenario() {
        return 4;
    }

    @Override
    public String title() {
        return "The timeout path loses its right to post to connections";
    }

    @Override
    public void run(DrillContext context, DrillReport report) {
        DrillLog log = context.log();
        String watchdog = context.suite().watchdogAccessKey();
        context.denyPostToConnection(Set.of(watchdog));
        try {
            log.say(
                    DrillLog.Kind.INJECT,
                    "deploy: delivery-watchdog's role (" + watchdog + ") lost execute-api:ManageConnections");
            List<DrillCustomers.Turn> turns = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                String user = "gd4-" + context.run() + "-" + i;
                CustomerSocket socket = context.customers().connect(user, false);
                turns.add(context.customers()
                        .ask(
                                user,
                                socket,
                                user + "-q",
                                "I want a refund for my order, the book arrived damaged.",
                                "en"));
            }
            log.say(
                    DrillLog.Kind.INJECT,
                    CUSTOMERS + " refund questions wait for review; nobody reviews them (timeout "
                            + context.timings().reviewTimeout().toSeconds() + " s)");

            Optional<JsonNode> seen = context.desk()
                    .awaitChecklist(
                            ALARM + " and step 10 act",
                            c -> OncallDesk.firingAlarms(c).contains(ALARM) && OncallDesk.acts(c, 10),
                            context.timings()
                                    .reviewTimeout()
                                    .plus(context.timings().patience()));
            // whatever the checklist said, the permission comes back now: customers must not wait on the drill
            context.denyPostToConnection(Set.of());
            log.say(
                    DrillLog.Kind.MITIGATION,
                    "the role's execute-api:ManageConnections restored (what step 10 says to check first)");
            double denied = accessDenied(context);
            log.say(
                    DrillLog.Kind.ALARM,
                    "mangaassist.delivery.errors{kind=access_denied} = " + denied
                            + " (DeliveriesFailed-AccessDenied pages on its sum in CloudWatch)");
            report.expect(denied > 0, "no access_denied delivery error was counted");
            if (seen.isEmpty()) {
                report.expect(false, ALARM + " never fired");
            } else {
                JsonNode checklist = seen.get();
                DrillSteps.alarmFired(report, checklist, ALARM);
                DrillSteps.namesComponent(report, checklist, "delivery");
                report.expect(OncallDesk.acts(checklist, 7), "step 7 (WebSocket delivery) not in act");
                Optional<JsonNode> retry = DrillSteps.recommends(report, checklist, 10, "retry");
                retry.ifPresent(r -> {
                    JsonNode result = context.desk().runRecommended(r, Map.of());
                    report.mitigated("permission restored, then retry of the overdue promises (runbook, step 10): "
                            + OncallDesk.brief(result.toString()));
                });
            }
            DrillSteps.accountFor(context, report, turns, context.timings().patience());
            DrillSteps.closeAndExport(
                    context,
                    report,
                    ALARM,
                    "delivery-watchdog lost execute-api:ManageConnections; restored and retried; every customer got"
                            + " the delayed answer.");
        } finally {
            context.denyPostToConnection(Set.of());
        }
    }

    private static double accessDenied(DrillContext context) {
        JsonNode metric = context.desk()
                .client("deliveries")
                .get("/actuator/metrics/mangaassist.delivery.errors?tag=kind:access_denied")
                .body();
        for (JsonNode measurement : metric.path("measurements")) {
            if ("COUNT".equals(measurement.path("statistic").asString())) {
                return measurement.path("value").asDouble();
            }
        }
        return 0;
    }
}
