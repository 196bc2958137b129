package com.mangaassist.infra.alarms;

import com.mangaassist.model.alarms.RunbookAlarm;
import com.mangaassist.model.alarms.RunbookAlarms;
import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.ResourceNames;
import com.mangaassist.model.resources.Resources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * One CloudWatch alarm per entry of {@link RunbookAlarms#all()}, paging the pages topic when it fires and
 * again when it clears. Our meters are read from the services' namespace under their cloudwatch2 names
 * ({@link RunbookAlarm#cloudWatchMetricName()}) with exactly the catalogue's dimensions; the AWS-native SQS
 * alarms read {@code AWS/SQS} with the queue's physical name (the deployment prefix added). The alarm name is
 * the catalogue name behind the prefix; the description carries the runbook to open.
 */
public final class RunbookAlarmSet extends Construct {

    /** Namespace of the SQS metrics AWS publishes itself. */
    static final String SQS_NAMESPACE = "AWS/SQS";

    private final Map<String, Alarm> alarms = new LinkedHashMap<>();

    public RunbookAlarmSet(Construct scope, String id, String prefix, String namespace, ITopic pages) {
        super(scope, id);
        SnsAction page = new SnsAction(pages);
        for (RunbookAlarm entry : RunbookAlarms.all()) {
            Alarm alarm = Alarm.Builder.create(this, entry.name())
                    .alarmName(ResourceNames.physical(prefix, entry.name()))
                    .alarmDescription(entry.description() + ". Runbook: " + entry.runbook())
                    .metric(metric(entry, prefix, namespace))
                    .threshold(entry.threshold())
                    .evaluationPeriods(entry.evaluationPeriods())
                    .datapointsToAlarm(entry.evaluationPeriods())
                    .comparisonOperator(
                            ComparisonOperator.valueOf(entry.comparison().name()))
                    .treatMissingData(
                            TreatMissingData.valueOf(entry.missingData().name()))
                    .build();
            alarm.addAlarmAction(page);
            alarm.addOkAction(page);
            alarms.put(entry.name(), alarm);
        }
    }

    /** The alarms by catalogue name, in catalogue order. */
    public Map<String, Alarm> alarms() {
        return Map.copyOf(alarms);
    }

    private static Metric metric(RunbookAlarm entry, String prefix, String namespace) {
        return Metric.Builder.create()
                .namespace(entry.awsNative() ? SQS_NAMESPACE : namespace)
                .metricName(entry.cloudWatchMetricName())
                .dimensionsMap(entry.awsNative() ? physicalQueueNames(entry.dimensions(), prefix) : entry.dimensions())
                .statistic(entry.statistic())
                .period(Duration.seconds(entry.period().toSeconds()))
                .build();
    }

    /** The catalogue names queues logically; CloudWatch knows them by their deployed (prefixed) names. */
    static Map<String, String> physicalQueueNames(Map<String, String> dimensions, String prefix) {
        Map<String, String> physical = new LinkedHashMap<>(dimensions);
        String logical = dimensions.get(RunbookAlarms.SQS_QUEUE_NAME);
        if (logical != null) {
            physical.put(RunbookAlarms.SQS_QUEUE_NAME, physicalQueueName(logical, prefix));
        }
        return physical;
    }

    private static String physicalQueueName(String logical, String prefix) {
        List<QueueDefinition> queues = Resources.queues();
        for (QueueDefinition queue : queues) {
            if (queue.dlqName().equals(logical)) {
                return queue.physicalDlqName(prefix);
            }
            if (queue.name().equals(logical)) {
                return queue.physicalName(prefix);
            }
        }
        throw new IllegalArgumentException("no queue named " + logical + " in Resources");
    }
}
