package com.mangaassist.model.alarms;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One alarm from the runbooks: which meter it watches and when it pages. The meter is named as the code
 * registers it ({@link #meterName()}); {@link #cloudWatchMetricName()} is the name it becomes under
 * micrometer-registry-cloudwatch2 (counters and timers get {@code .count}, gauges {@code .value}). AWS-native alarms
 * ({@link #awsNative()}) watch a metric AWS publishes itself (for example AWS/SQS); the meter check skips
 * them.
 *
 * @param name alarm name, unique in the catalogue
 * @param service owning service module (the Maven module that registers the meter), or {@code aws}
 * @param meterName Micrometer meter name, or the AWS metric name for AWS-native alarms
 * @param meterType how the meter is registered, which decides the CloudWatch name's suffix
 * @param dimensions tag keys with the fixed values the alarm selects (empty: the metric without dimensions)
 * @param statistic CloudWatch statistic, for example {@code Maximum}
 * @param comparison how the statistic is compared with the threshold
 * @param threshold the value that pages
 * @param period the statistic's period
 * @param evaluationPeriods periods in breach before the alarm fires
 * @param missingData what a period without data means
 * @param runbook runbook file and section, relative to the repository root
 * @param description one line, shown in the alarm's description
 */
public record RunbookAlarm(
        String name,
        String service,
        String meterName,
        MeterType meterType,
        Map<String, String> dimensions,
        String statistic,
        Comparison comparison,
        double threshold,
        Duration period,
        int evaluationPeriods,
        MissingData missingData,
        String runbook,
        String description) {

    /** The owning "service" of AWS-native alarms. */
    public static final String AWS = "aws";

    /** How the meter is registered in Micrometer. */
    public enum MeterType {
        COUNTER(".count"),
        GAUGE(".value"),
        /** A Timer; the alarm watches its {@code .count} (one sample per recorded event). */
        TIMER(".count"),
        /** Published by AWS itself; no Micrometer meter. */
        AWS_NATIVE("");

        private final String suffix;

        MeterType(String suffix) {
            this.suffix = suffix;
        }

        /** Suffix micrometer-registry-cloudwatch2 appends to the meter name. */
        public String cloudWatchSuffix() {
            return suffix;
        }
    }

    /** Comparison operators, named as CloudWatch names them. */
    public enum Comparison {
        GREATER_THAN_THRESHOLD,
        GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        LESS_THAN_THRESHOLD,
        LESS_THAN_OR_EQUAL_TO_THRESHOLD
    }

    /** CloudWatch's treat-missing-data options. */
    public enum MissingData {
        BREACHING,
        NOT_BREACHING,
        IGNORE,
        MISSING
    }

    /** Validates the alarm; a wrong entry fails at class load, not in a deployed alarm. */
    public RunbookAlarm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(meterName, "meterName");
        Objects.requireNonNull(meterType, "meterType");
        dimensions = Map.copyOf(Objects.requireNonNull(dimensions, "dimensions"));
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(missingData, "missingData");
        Objects.requireNonNull(runbook, "runbook");
        Objects.requireNonNull(description, "description");
        if (name.isBlank() || !name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("alarm name must be letters, digits and dashes: " + name);
        }
        if (period.isZero() || period.isNegative() || period.toSeconds() % 60 != 0) {
            throw new IllegalArgumentException(name + ": period must be a positive whole number of minutes");
        }
        if (evaluationPeriods < 1) {
            throw new IllegalArgumentException(name + ": evaluationPeriods must be at least 1");
        }
        if ((meterType == MeterType.AWS_NATIVE) != AWS.equals(service)) {
            throw new IllegalArgumentException(name + ": AWS-native alarms and only they are owned by 'aws'");
        }
        if (!runbook.contains("#")) {
            throw new IllegalArgumentException(name + ": runbook must name a file and a section (file#section)");
        }
    }

    /** True when AWS publishes the metric (no meter in our code to check). */
    public boolean awsNative() {
        return meterType == MeterType.AWS_NATIVE;
    }

    /** The metric name in CloudWatch: the meter name plus the cloudwatch2 registry's suffix. */
    public String cloudWatchMetricName() {
        return meterName + meterType.cloudWatchSuffix();
    }
}
