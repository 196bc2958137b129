package com.mangaassist.systemtests.gameday;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.review.StaffClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 5, feedback written with wrong topics: honest customers rate their answers, then the old GSI bug files a
 * share of their thumbs-up under {@code refund} instead of {@code availability} (written into the table directly, as
 * the bug did). The quality gate's cross-table sample turns red, its alarm fires and the checklist says freeze the
 * improvement job (step 9); on-call freezes it, runs the topic backfill the runbook prescribes, the gate is green
 * again and an ML lead unfreezes the job.
 */
public final class WrongTopicFeedbackDrill implements Drill {

    static final String ALARM = "FeedbackQualityGateRed";
    private static final int ESTABLISHED = 40;
    private static final int SIGNALS_EACH = 4;
    private static final int CHATTING = 4;

    @Override
    public int scenario() {
        return 5;
    }

    @Override
    public String title() {
        return "Feedback written with wrong topics";
    }

    @Override
    public void run(DrillContext context, DrillReport report) {
        DrillLog log = context.log();
        Instant start = context.log().start();
        FeedbackCrowd crowd = new FeedbackCrowd(context);
        List<DrillCustomers.Turn> asked = new ArrayList<>();
        List<FeedbackCrowd.Rater> raters = new ArrayList<>(crowd.established(
                "gd5", ESTABLISHED, SIGNALS_EACH, List.of("availability", "availability", "general")));
        for (int i = 0; i < CHATTING; i++) {
            raters.add(crowd.chatting("gd5-chat-" + context.run() + "-" + i, true, 2, asked));
        }
        List<String> availabilityUps = new ArrayList<>();
        int rated = 0;
        for (FeedbackCrowd.Rater rater : raters) {
            for (int m = 0; m < rater.messageIds().size(); m++) {
                StaffClient.Reply reply = rater.feedback()
                        .post(
                                "/api/feedback",
                                FeedbackCrowd.binary(rater.messageIds().get(m), "UP"));
                if (reply.status() == 201) {
                    rated++;
                    if (rater.userId().startsWith("gd5-" + context.run()) && m % 3 != 2) {
                        availabilityUps.add(reply.body().get("feedbackId").asString());
                    }
                }
            }
        }
        log.say(DrillLog.Kind.INJECT, rated + " honest ratings from " + raters.size() + " customers");
        StaffClient lead = context.staff("feedback", "gd5-lead-" + context.run(), "ml-lead");
        JsonNode before = lead.get("/api/feedback/quality").body();
        log.say(
                DrillLog.Kind.CHECKLIST,
                "quality gate before: " + (before.path("green").asBoolean() ? "green" : "red"));
        report.expect(before.path("green").asBoolean(), "the quality gate was red before the drill: " + before);

        List<String> corrupted = availabilityUps.subList(0, availabilityUps.size() / 2);
        for (String id : corrupted) {
            context.dynamoDb()
                    .updateItem(b -> b.tableName(Resources.FEEDBACK.physicalName(
                                    context.suite().prefix()))
                            .key(Map.of("feedback_id", AttributeValue.fromS(id)))
                            .updateExpression("SET topic = :wrong")
                            .expressionAttributeValues(Map.of(":wrong", AttributeValue.fromS("refund"))));
        }
        log.say(
                DrillLog.Kind.INJECT,
                "the GSI bug files " + corrupted.size() + " availability thumbs-up under refund (written directly)");

        Optional<JsonNode> seen = DrillSteps.awaitAlarm(
                context, report, ALARM, 9, context.timings().patience());
        if (seen.isPresent()) {
            JsonNode checklist = seen.get();
            DrillSteps.namesComponent(report, checklist, "feedback");
            report.expect(OncallDesk.acts(checklist, 5), "step 5 (feedback data quality) not in act");
            DrillSteps.freezeAsRecommended(context, report, checklist);
            JsonNode backfill = context.desk()
                    .run(
                            "feedback",
                            "backfill-topics",
                            "scenario 5: topics misattributed by the GSI bug",
                            Map.of(
                                    "from", start.minusSeconds(60).toString(),
                                    "to", Instant.now().plusSeconds(60).toString(),
                                    "jobId", "gd5-" + context.run()));
            report.mitigated("topics backfilled from the messages (runbook backfill-topics): "
                    + OncallDesk.brief(backfill.toString()));
            JsonNode after = lead.get("/api/feedback/quality").body();
            log.say(
                    DrillLog.Kind.MITIGATION,
                    "quality gate after the backfill: "
                            + (after.path("green").asBoolean() ? "green" : "red " + after.path("reasons")));
            report.expect(after.path("green").asBoolean(), "the quality gate is still red after the backfill");
            Optional<JsonNode> cleared = context.desk()
                    .awaitChecklist(
                            ALARM + " cleared",
                            c -> !OncallDesk.firingAlarms(c).contains(ALARM),
                            context.timings().patience());
            report.expect(cleared.isPresent(), ALARM + " did not clear after the backfill");
        }
        DrillSteps.unfreezeAsMlLead(context, "gate green again after the backfill");
        DrillSteps.accountFor(context, report, asked, context.timings().patience());
        DrillSteps.closeAndExport(
                context,
                report,
                ALARM,
                "Feedback filed under wrong topics; froze the improvement job, backfilled the topics, gate green.");
    }
}
