package com.mangaassist.infra.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.infra.SynthesizedSuite;
import com.mangaassist.model.alarms.RunbookAlarm;
import com.mangaassist.model.alarms.RunbookAlarms;
import com.mangaassist.model.resources.Resources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every alarm of the runbooks' catalogue is in the synthesized template as the catalogue defines it — metric,
 * namespace, exact dimensions, statistic, period, threshold, evaluations, missing-data rule — and pages the
 * pages topic on ALARM and on OK. The other half of "an alarm never watches nothing" is each service's
 * {@code RunbookAlarmMeters} test: the meter under that name and dimensions exists from start-up.
 */
class RunbookAlarmSetTest {

    private static final String PREFIX = SynthesizedSuite.PREFIX;

    @Test
    void everyCatalogueAlarmIsDeployedExactlyAsCatalogued() {
        Map<String, Map<String, Object>> deployed = runbookAlarmsByName();

        assertThat(deployed.keySet())
                .containsExactlyInAnyOrderElementsOf(RunbookAlarms.all().stream()
                        .map(alarm -> PREFIX + "-" + alarm.name())
                        .collect(Collectors.toList()));
        for (RunbookAlarm alarm : RunbookAlarms.all()) {
            Map<String, Object> properties = deployed.get(PREFIX + "-" + alarm.name());
            assertThat(properties)
                    .as(alarm.name())
                    .containsEntry("MetricName", alarm.cloudWatchMetricName())
                    .containsEntry("Namespace", alarm.awsNative() ? "AWS/SQS" : "MangaAssist")
                    .containsEntry("Statistic", alarm.statistic())
                    .containsEntry("Period", (int) alarm.period().toSeconds())
                    .containsEntry("EvaluationPeriods", alarm.evaluationPeriods())
                    .containsEntry("DatapointsToAlarm", alarm.evaluationPeriods())
                    .containsEntry(
                            "ComparisonOperator", camel(alarm.comparison().name()))
                    .containsEntry(
                            "TreatMissingData", lowerCamel(alarm.missingData().name()));
            assertThat(((Number) properties.get("Threshold")).doubleValue())
                    .as(alarm.name())
                    .isEqualTo(alarm.threshold());
            assertThat(dimensions(properties)).as(alarm.name()).isEqualTo(expectedDimensions(alarm));
            assertThat((String) properties.get("AlarmDescription")).contains(alarm.runbook());
            assertThat(properties.get("AlarmActions")).as(alarm.name()).isEqualTo(pagesTopic());
            assertThat(properties.get("OKActions")).as(alarm.name()).isEqualTo(pagesTopic());
        }
    }

    @Test
    void deadLetterAlarmsWatchTheDeployedQueueName() {
        Map<String, Object> reviewDlq =
                runbookAlarmsByName().get(PREFIX + "-DlqNotEmpty-" + Resources.REVIEW_QUEUE.dlqName());

        assertThat(dimensions(reviewDlq))
                .containsExactly(Map.entry("QueueName", Resources.REVIEW_QUEUE.physicalDlqName(PREFIX)));
    }

    @Test
    void theSqsDimensionOfAnUnknownQueueIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> RunbookAlarmSet.physicalQueueNames(Map.of("QueueName", "no-such-queue"), PREFIX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-queue");
    }

    private static Map<String, String> expectedDimensions(RunbookAlarm alarm) {
        return alarm.awsNative() ? RunbookAlarmSet.physicalQueueNames(alarm.dimensions(), PREFIX) : alarm.dimensions();
    }

    /** AWS CloudFormation spells the enum values in camel case: GreaterThanThreshold, notBreaching. */
    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.split("_")) {
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    private static String lowerCamel(String constant) {
        String camel = camel(constant);
        return Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> dimensions(Map<String, Object> properties) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        Object listed = properties.get("Dimensions");
        if (listed != null) {
            for (Map<String, Object> dimension : (List<Map<String, Object>>) listed) {
                dimensions.put((String) dimension.get("Name"), (String) dimension.get("Value"));
            }
        }
        return dimensions;
    }

    @SuppressWarnings("unchecked")
    private static Object pagesTopic() {
        Map<String, Object> resources =
                (Map<String, Object>) SynthesizedSuite.json().get("Resources");
        String topic = resources.entrySet().stream()
                .filter(e -> "AWS::SNS::Topic".equals(((Map<String, Object>) e.getValue()).get("Type")))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        return List.of(Map.of("Ref", topic));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> runbookAlarmsByName() {
        Map<String, Object> resources =
                (Map<String, Object>) SynthesizedSuite.json().get("Resources");
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (Object resource : resources.values()) {
            Map<String, Object> r = (Map<String, Object>) resource;
            if (!"AWS::CloudWatch::Alarm".equals(r.get("Type"))) {
                continue;
            }
            Map<String, Object> properties = (Map<String, Object>) r.get("Properties");
            Object name = properties.get("AlarmName");
            if (name instanceof String && ((String) name).startsWith(PREFIX + "-")) {
                byName.put((String) name, properties);
            }
        }
        return byName;
    }
}
