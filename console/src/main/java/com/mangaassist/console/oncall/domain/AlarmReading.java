package com.mangaassist.console.oncall.domain;

import com.mangaassist.model.alarms.RunbookAlarm;
import java.util.Map;
import java.util.Optional;

/**
 * One alarm of the catalogue ({@code RunbookAlarms}) judged at a checklist evaluation: the value its meter shows now
 * and whether the alarm's condition holds on it. Not evaluated (no value) when the meter is not a gauge the checklist
 * can read at one instant (counters need CloudWatch's sum over a period; AWS-native metrics are not in the suite), or
 * when the owning service did not answer.
 *
 * @param holds true when the value breaches the alarm's threshold; empty when not evaluated
 * @param note why it was not evaluated, or how the value was read
 */
public record AlarmReading(
        String alarm,
        String service,
        String meter,
        Map<String, String> dimensions,
        String comparison,
        double threshold,
        Optional<Double> value,
        Optional<Boolean> holds,
        String runbook,
        String note) {

    public AlarmReading {
        dimensions = Map.copyOf(dimensions);
    }

    /** The alarm judged on {@code value} by the catalogue's own comparison and threshold. */
    public static AlarmReading judged(RunbookAlarm alarm, double value, String note) {
        return new AlarmReading(
                alarm.name(),
                alarm.service(),
                alarm.meterName(),
                alarm.dimensions(),
                alarm.comparison().name(),
                alarm.threshold(),
                Optional.of(value),
                Optional.of(breaches(alarm, value)),
                alarm.runbook(),
                note);
    }

    /** The alarm could not be judged now. */
    public static AlarmReading notEvaluated(RunbookAlarm alarm, String why) {
        return new AlarmReading(
                alarm.name(),
                alarm.service(),
                alarm.meterName(),
                alarm.dimensions(),
                alarm.comparison().name(),
                alarm.threshold(),
                Optional.empty(),
                Optional.empty(),
                alarm.runbook(),
                why);
    }

    /** Whether {@code value} is on the paging side of the alarm's threshold (NaN never is: no data point). */
    public static boolean breaches(RunbookAlarm alarm, double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        switch (alarm.comparison()) {
            case GREATER_THAN_THRESHOLD:
                return value > alarm.threshold();
            case GREATER_THAN_OR_EQUAL_TO_THRESHOLD:
                return value >= alarm.threshold();
            case LESS_THAN_THRESHOLD:
                return value < alarm.threshold();
            case LESS_THAN_OR_EQUAL_TO_THRESHOLD:
                return value <= alarm.threshold();
            default:
                throw new IllegalStateException("unknown comparison " + alarm.comparison());
        }
    }

    public boolean firing() {
        return holds.orElse(false);
    }
}
