package com.mangaassist.systemtests.gameday;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdAttributes;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.systemtests.review.CustomerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 3, the 0.95 change applied the careless way: an engineer writes {@code auto_respond_min = 0.95} for every
 * catalog category straight into the thresholds table, past change control (no proposal, no canary, no audit entry).
 * Once the orchestrators' caches expire, ordinary catalog questions escalate to review. Threshold-service notices the
 * table no longer holds what it wrote (drift), its alarm fires with the escalation-rate alarm, and the checklist's step
 * 4 recommends reverting the drifted categories; on-call reverts, and the same questions are answered at once again.
 * The escalated ones are answered by the review workflow (delayed with the disclaimer when nobody reviews in time).
 */
public final class CarelessThresholdDrill implements Drill {

    static final String ALARM = "ThresholdDrift";
    static final String ESCALATION = "EscalationRateAnomaly";
    private static final List<TopicCategory> CATALOG = List.of(
            TopicCategory.GENERAL,
            TopicCategory.PRODUCT_INFO,
            TopicCategory.AVAILABILITY,
            TopicCategory.RARE_MANGA,
            TopicCategory.RECOMMENDATION,
            TopicCategory.ORDER_STATUS);
    private static final List<String> QUESTIONS = List.of(
            "Is One Piece in stock?",
            "ナルトの全巻セットはありますか？",
            "Is Chainsaw Man volume 12 available?",
            "Who wrote Vagabond?");
    private static final int CUSTOMERS = 6;

    @Override
    public int scenario() {
        return 3;
    }

    @Override
    public String title() {
        return "The 0.95 change applied the careless way";
    }

    @Override
    public void run(DrillContext context, DrillReport report) {
        DrillLog log = context.log();
        String table = Resources.THRESHOLDS.physicalName(context.suite().prefix());
        for (TopicCategory category : CATALOG) {
            context.dynamoDb()
                    .updateItem(b -> b.tableName(table)
                            .key(Map.of(ThresholdAttributes.CATEGORY, AttributeValue.fromS(category.code())))
                            .updateExpression("SET #min = :careless, #by = :who")
                            .expressionAttributeNames(Map.of(
                                    "#min",
                                    ThresholdAttributes.AUTO_RESPOND_MIN,
                                    "#by",
                                    ThresholdAttributes.UPDATED_BY))
                            .expressionAttributeValues(Map.of(
                                    ":careless", AttributeValue.fromN("0.95"),
                                    ":who", AttributeValue.fromS("careless-engineer"))));
        }
        log.say(
                DrillLog.Kind.INJECT,
                "an engineer writes auto_respond_min 0.95 for " + CATALOG.size()
                        + " catalog categories straight into the thresholds table (no change request)");

        List<CustomerSocket> sockets = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            sockets.add(context.customers().connect("gd3-" + context.run() + "-" + i, false));
        }
        List<DrillCustomers.Turn> turns = new ArrayList<>();
        int[] asked = {0};
        Optional<JsonNode> seen = context.desk()
                .awaitChecklist(
                        ALARM + " and step 4 act",
                        c -> {
                            // customers keep asking ordinary catalog questions while on-call watches
                            for (int i = 0; i < CUSTOMERS; i++) {
                                int n = asked[0]++;
                                turns.add(context.customers()
                                        .ask(
                                                "gd3-" + context.run() + "-" + i,
                                                sockets.get(i),
                                                "gd3-" + context.run() + "-q" + n,
                                                QUESTIONS.get(n % QUESTIONS.size()),
                                                n % QUESTIONS.size() == 1 ? "ja" : "en"));
                            }
                            return OncallDesk.firingAlarms(c).contains(ALARM) && OncallDesk.acts(c, 4);
                        },
                        context.timings().patience());
        long escalated = turns.stream()
                .map(t -> DrillCustomers.firstReply(t, Duration.ofSeconds(30))
                        .map(CustomerSocket.Received::type)
                        .orElse("none"))
                .filter(type -> !"answer".equals(type))
                .count();
        log.say(
                DrillLog.Kind.CUSTOMERS,
                escalated + " of " + turns.size() + " ordinary catalog questions were not answered at once");
        if (seen.isEmpty()) {
            report.expect(false, ALARM + " never fired");
        } else {
            JsonNode checklist = seen.get();
            DrillSteps.alarmFired(report, checklist, ALARM);
            DrillSteps.namesComponent(report, checklist, "threshold configuration");
            log.say(
                    DrillLog.Kind.ALARM,
                    ESCALATION + (OncallDesk.firingAlarms(checklist).contains(ESCALATION) ? " holds too" : " not (yet)")
                            + ": "
                            + OncallDesk.alarm(checklist, ESCALATION)
                                    .map(a -> a.path("value").toString())
                                    .orElse("?"));
            DrillSteps.recommends(report, checklist, 4, "revert-thresholds").ifPresent(revert -> {
                context.desk().runRecommended(revert, Map.of());
                report.mitigated("drifted categories reverted to the last known-good thresholds (runbook, step 4)");
            });
            Optional<JsonNode> cleared = context.desk()
                    .awaitChecklist(
                            ALARM + " cleared",
                            c -> !OncallDesk.firingAlarms(c).contains(ALARM),
                            context.timings().patience());
            report.expect(cleared.isPresent(), ALARM + " did not clear after the revert");
            DrillCustomers.Turn after = context.customers()
                    .ask(
                            "gd3-" + context.run() + "-0",
                            sockets.get(0),
                            "gd3-" + context.run() + "-after",
                            QUESTIONS.get(0),
                            "en");
            String type = DrillCustomers.firstReply(after, Duration.ofSeconds(30))
                    .map(CustomerSocket.Received::type)
                    .orElse("none");
            log.say(DrillLog.Kind.CUSTOMERS, "the same question after the revert: " + type);
            report.expect(
                    "answer".equals(type),
                    "after the revert a catalog question is still not answered at once: " + type);
            turns.add(after);
        }
        DrillSteps.accountFor(
                context,
                report,
                turns,
                context.timings().reviewTimeout().plus(context.timings().patience()));
        DrillSteps.closeAndExport(
                context,
                report,
                ALARM,
                "auto_respond_min 0.95 written directly into the thresholds table; drift noticed, reverted.");
    }
}
