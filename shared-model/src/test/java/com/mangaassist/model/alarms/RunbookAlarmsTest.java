package com.mangaassist.model.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.alarms.RunbookAlarm.Comparison;
import com.mangaassist.model.alarms.RunbookAlarm.MeterType;
import com.mangaassist.model.alarms.RunbookAlarm.MissingData;
import com.mangaassist.model.resources.Resources;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunbookAlarmsTest {

    @Test
    void alarmNamesAreUnique() {
        assertThat(RunbookAlarms.all().stream().map(RunbookAlarm::name).collect(Collectors.toSet()))
                .hasSameSizeAs(RunbookAlarms.all());
    }

    @Test
    void everyQueueHasADlqAlarmOnItsDlqName() {
        for (var queue : Resources.queues()) {
            assertThat(RunbookAlarms.all())
                    .filteredOn(RunbookAlarm::awsNative)
                    .extracting(alarm -> alarm.dimensions().get(RunbookAlarms.SQS_QUEUE_NAME))
                    .contains(queue.dlqName());
        }
    }

    @Test
    void cloudWatchNameCarriesTheRegistrySuffix() {
        RunbookAlarm wait = RunbookAlarms.all().stream()
                .filter(alarm -> alarm.name().equals("ReviewP1Wait"))
                .findFirst()
                .orElseThrow();
        assertThat(wait.cloudWatchMetricName()).isEqualTo("mangaassist.review.queue.oldest.age.seconds.value");
        assertThat(RunbookAlarms.all())
                .filteredOn(alarm -> alarm.meterType() == MeterType.COUNTER)
                .allSatisfy(alarm -> assertThat(alarm.cloudWatchMetricName()).endsWith(".count"));
    }

    @Test
    void ownedByExcludesOtherServicesAndAwsNativeAlarms() {
        assertThat(RunbookAlarms.ownedBy("delivery-watchdog"))
                .isNotEmpty()
                .allSatisfy(alarm -> assertThat(alarm.service()).isEqualTo("delivery-watchdog"))
                .noneMatch(RunbookAlarm::awsNative);
    }

    @Test
    void rejectsAnAwsNativeAlarmOwnedByAService() {
        assertThatThrownBy(() -> alarm("review-queue-service", MeterType.AWS_NATIVE, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAPeriodCloudWatchCannotUse() {
        assertThatThrownBy(() -> alarm("review-queue-service", MeterType.GAUGE, Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RunbookAlarm alarm(String service, MeterType type, Duration period) {
        return new RunbookAlarm(
                "X",
                service,
                "m",
                type,
                Map.of(),
                "Sum",
                Comparison.GREATER_THAN_THRESHOLD,
                0,
                period,
                1,
                MissingData.MISSING,
                "docs/ALARMS.md#x",
                "x");
    }
}
