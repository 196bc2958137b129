package com.mangaassist.model.alarms;

import com.mangaassist.model.alarms.RunbookAlarm.Comparison;
import com.mangaassist.model.alarms.RunbookAlarm.MeterType;
import com.mangaassist.model.alarms.RunbookAlarm.MissingData;
import com.mangaassist.model.resources.Resources;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogue of every alarm the runbooks name (docs/ALARMS.md is its table). Infra creates one
 * CloudWatch alarm per entry; each owning service's tests assert that the entry's meter is registered
 * from start-up with these tag keys and values, so a renamed or deleted meter fails the build instead of
 * leaving an alarm in INSUFFICIENT_DATA (the scenario-4 lesson).
 */
public final class RunbookAlarms {

    /** AWS/SQS dimension holding the queue's physical name. */
    public static final String SQS_QUEUE_NAME = "QueueName";

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final String REVIEW = "review-queue-service";
    private static final String FEEDBACK = "feedback-service";
    private static final String DELIVERY = "delivery-watchdog";
    private static final String ORCHESTRATOR = "orchestrator-service";
    private static final String THRESHOLD = "threshold-service";
    private static final String DOC = "docs/ALARMS.md#";

    private static final List<RunbookAlarm> ALL = List.of(
            new RunbookAlarm(
                    "ReviewQueueDepth-Critical",
                    REVIEW,
                    "mangaassist.review.queue.depth.total",
                    MeterType.GAUGE,
                    Map.of(),
                    "Maximum",
                    Comparison.GREATER_THAN_THRESHOLD,
                    50,
                    MINUTE,
                    2,
                    MissingData.BREACHING,
                    DOC + "scenario-1-review-queue-overflow",
                    "More than 50 reviews waiting (the operational limit of scenario 1)"),
            new RunbookAlarm(
                    "ReviewP1Wait",
                    REVIEW,
                    "mangaassist.review.queue.oldest.age.seconds",
                    MeterType.GAUGE,
                    Map.of("priority", "P1"),
                    "Maximum",
                    Comparison.GREATER_THAN_THRESHOLD,
                    60,
                    MINUTE,
                    2,
                    MissingData.BREACHING,
                    DOC + "scenario-1-review-queue-overflow",
                    "Oldest unclaimed P1 review has waited more than 60 s"),
            sla("P1", 0.05),
            sla("P2", 0.10),
            new RunbookAlarm(
                    "EscalationRateAnomaly",
                    ORCHESTRATOR,
                    "mangaassist.routing.escalation.rate",
                    MeterType.GAUGE,
                    Map.of(),
                    "Average",
                    Comparison.GREATER_THAN_THRESHOLD,
                    0.25,
                    FIVE_MINUTES,
                    2,
                    MissingData.NOT_BREACHING,
                    DOC + "scenario-3-escalation-rate",
                    "More than 25 % of turns escalated to review or handoff for 10 minutes (a careless change)"),
            new RunbookAlarm(
                    "ThresholdDrift",
                    THRESHOLD,
                    "mangaassist.threshold.drift.categories",
                    MeterType.GAUGE,
                    Map.of(),
                    "Maximum",
                    Comparison.GREATER_THAN_THRESHOLD,
                    0,
                    MINUTE,
                    1,
                    MissingData.NOT_BREACHING,
                    DOC + "scenario-3-escalation-rate",
                    "Thresholds in the table differ from what change control wrote (a write past it, scenario 3)"),
            new RunbookAlarm(
                    "FeedbackQualityGateRed",
                    FEEDBACK,
                    "mangaassist.feedback.quality.green",
                    MeterType.GAUGE,
                    Map.of(),
                    "Minimum",
                    Comparison.LESS_THAN_THRESHOLD,
                    1,
                    FIVE_MINUTES,
                    1,
                    // the gate first runs an hour after start: until then there is no data, which is no alarm
                    MissingData.NOT_BREACHING,
                    DOC + "scenario-5-feedback-data-quality",
                    "The feedback data-quality gate is red: improvement runs are blocked"),
            anomaly("cohort-deviation"),
            anomaly("concentration"),
            anomaly("uniform-timing"),
            new RunbookAlarm(
                    "PromisesOverdue",
                    DELIVERY,
                    "mangaassist.delivery.undelivered",
                    MeterType.GAUGE,
                    Map.of(),
                    "Maximum",
                    Comparison.GREATER_THAN_THRESHOLD,
                    0,
                    MINUTE,
                    3,
                    MissingData.BREACHING,
                    DOC + "scenario-4-undelivered-responses",
                    "PENDING response promises are past their due time"),
            new RunbookAlarm(
                    "DeliveriesFailed-AccessDenied",
                    DELIVERY,
                    "mangaassist.delivery.errors",
                    MeterType.COUNTER,
                    Map.of("kind", "access_denied"),
                    "Sum",
                    Comparison.GREATER_THAN_THRESHOLD,
                    0,
                    MINUTE,
                    1,
                    MissingData.NOT_BREACHING,
                    DOC + "scenario-4-undelivered-responses",
                    "Deliveries refused with AccessDenied (the scenario-4 IAM regression)"),
            new RunbookAlarm(
                    "WatchdogHeartbeatMissing",
                    DELIVERY,
                    "mangaassist.delivery.watchdog.run",
                    MeterType.TIMER,
                    Map.of(),
                    "Sum",
                    Comparison.LESS_THAN_THRESHOLD,
                    1,
                    FIVE_MINUTES,
                    1,
                    MissingData.BREACHING,
                    DOC + "watchdog-heartbeat-missing",
                    "No delivery-watchdog scan finished in 5 minutes (it runs every minute)"),
            modelErrors("fast"),
            modelErrors("strong"),
            breakerOpen("fast"),
            breakerOpen("strong"),
            dlq(Resources.REVIEW_QUEUE.dlqName()),
            dlq(Resources.DELIVERIES.dlqName()),
            dlq(Resources.HANDOFFS.dlqName()));

    private RunbookAlarms() {}

    /** Every alarm, in table order. */
    public static List<RunbookAlarm> all() {
        return ALL;
    }

    /** The alarms whose meter the given service module registers (AWS-native alarms excluded). */
    public static List<RunbookAlarm> ownedBy(String service) {
        return ALL.stream().filter(alarm -> alarm.service().equals(service)).collect(Collectors.toList());
    }

    private static RunbookAlarm sla(String priority, double rate) {
        return new RunbookAlarm(
                "ReviewSLABreachRate-" + priority,
                REVIEW,
                "mangaassist.review.sla.breach.rate",
                MeterType.GAUGE,
                Map.of("priority", priority),
                "Average",
                Comparison.GREATER_THAN_THRESHOLD,
                rate,
                FIVE_MINUTES,
                1,
                MissingData.BREACHING,
                DOC + "scenario-1-review-queue-overflow",
                priority + " reviews breaching their SLA above " + Math.round(rate * 100) + " %");
    }

    private static RunbookAlarm anomaly(String kind) {
        return new RunbookAlarm(
                "FeedbackAnomaly-" + kind,
                FEEDBACK,
                "mangaassist.feedback.anomaly.accounts",
                MeterType.GAUGE,
                Map.of("kind", kind),
                "Maximum",
                Comparison.GREATER_THAN_THRESHOLD,
                0,
                FIVE_MINUTES,
                1,
                // the detectors first run 15 minutes after start: no data until then is no finding
                MissingData.NOT_BREACHING,
                DOC + "scenario-2-feedback-poisoning",
                "Accounts flagged by the " + kind + " feedback detector");
    }

    private static RunbookAlarm modelErrors(String route) {
        return new RunbookAlarm(
                "ModelErrors-" + route,
                ORCHESTRATOR,
                "mangaassist.model.errors",
                MeterType.COUNTER,
                Map.of("route", route),
                "Sum",
                Comparison.GREATER_THAN_THRESHOLD,
                30,
                MINUTE,
                3,
                MissingData.NOT_BREACHING,
                DOC + "model-errors-and-breaker",
                "More than 30 failed Bedrock calls a minute on the " + route + " model, 3 minutes running");
    }

    private static RunbookAlarm breakerOpen(String route) {
        return new RunbookAlarm(
                "ModelBreakerOpen-" + route,
                ORCHESTRATOR,
                "mangaassist.model.breaker.open",
                MeterType.GAUGE,
                Map.of("route", route),
                "Maximum",
                Comparison.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                1,
                MINUTE,
                1,
                MissingData.NOT_BREACHING,
                DOC + "model-errors-and-breaker",
                "The circuit breaker of the " + route + " model is open: turns fall back or are handed off");
    }

    private static RunbookAlarm dlq(String queue) {
        return new RunbookAlarm(
                "DlqNotEmpty-" + queue,
                RunbookAlarm.AWS,
                "ApproximateNumberOfMessagesVisible",
                MeterType.AWS_NATIVE,
                Map.of(SQS_QUEUE_NAME, queue),
                "Maximum",
                Comparison.GREATER_THAN_THRESHOLD,
                0,
                MINUTE,
                1,
                MissingData.NOT_BREACHING,
                DOC + "dlq-not-empty",
                "Messages in " + queue + " (add the deployment prefix to QueueName)");
    }
}
