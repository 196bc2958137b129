package com.mangaassist.common.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.alarms.RunbookAlarm;
import com.mangaassist.model.alarms.RunbookAlarms;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The check every service applies to its own runbook alarms (docs/ALARMS.md): each alarm of the catalogue
 * that the service owns has its meter in the registry, of the kind the catalogue says (which decides the
 * CloudWatch name's suffix), with exactly the alarm's dimensions as tags. Exactly, because a CloudWatch
 * alarm selects a metric by its full dimension set: one extra tag and the alarm watches nothing. Services
 * call it on a registry their real meter-registering classes were built with, before any traffic.
 */
public final class RunbookAlarmMeters {

    private RunbookAlarmMeters() {}

    /** Asserts every alarm {@code service} owns is backed by a meter in {@code meters}; returns them. */
    public static List<RunbookAlarm> assertEveryAlarmHasItsMeter(String service, MeterRegistry meters) {
        List<RunbookAlarm> owned = RunbookAlarms.ownedBy(service);
        assertThat(owned).as("alarms owned by " + service).isNotEmpty();
        for (RunbookAlarm alarm : owned) {
            List<Meter> candidates = meters.find(alarm.meterName()).meters().stream()
                    .filter(meter -> tags(meter).equals(alarm.dimensions()))
                    .collect(Collectors.toList());
            assertThat(candidates)
                    .as(
                            "%s watches %s%s: no meter with exactly these tags among %s",
                            alarm.name(),
                            alarm.meterName(),
                            alarm.dimensions(),
                            meters.find(alarm.meterName()).meters().stream()
                                    .map(RunbookAlarmMeters::tags)
                                    .collect(Collectors.toList()))
                    .hasSize(1);
            assertThat(candidates.get(0))
                    .as(alarm.name() + " expects a " + alarm.meterType())
                    .isInstanceOf(kind(alarm.meterType()));
        }
        return owned;
    }

    private static Map<String, String> tags(Meter meter) {
        return meter.getId().getTags().stream().collect(Collectors.toMap(Tag::getKey, Tag::getValue));
    }

    private static Class<? extends Meter> kind(RunbookAlarm.MeterType type) {
        switch (type) {
            case COUNTER:
                return Counter.class;
            case GAUGE:
                return Gauge.class;
            case TIMER:
                return Timer.class;
            default:
                throw new IllegalArgumentException(type + " alarms have no meter of ours");
        }
    }
}
