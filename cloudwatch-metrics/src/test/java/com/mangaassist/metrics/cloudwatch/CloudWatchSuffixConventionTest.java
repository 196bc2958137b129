package com.mangaassist.metrics.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.alarms.RunbookAlarm.MeterType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;

/**
 * What micrometer-registry-cloudwatch2 really sends, checked against the suffixes the alarm catalogue assumes
 * ({@link MeterType#cloudWatchSuffix()}): one meter of each kind through the real registry.
 */
class CloudWatchSuffixConventionTest {

    private final AlarmMetricsPublication publication = new AlarmMetricsPublication();
    private final AtomicInteger gaugeValue = new AtomicInteger(7);

    @Test
    void theCataloguesSuffixesAreTheOnesTheRegistryAppends() {
        Gauge.builder("probe.gauge", gaugeValue, AtomicInteger::get)
                .tag("kind", "a")
                .register(publication.registry());
        Counter.builder("probe.counter").tag("kind", "b").register(publication.registry());
        Timer.builder("probe.timer").register(publication.registry());

        Map<String, List<String>> namesByMeter = publication.publishOnce().stream()
                .map(MetricDatum::metricName)
                .collect(Collectors.groupingBy(name -> name.substring(0, name.lastIndexOf('.'))));

        assertThat(namesByMeter.get("probe.gauge")).containsExactly("probe.gauge" + MeterType.GAUGE.cloudWatchSuffix());
        assertThat(namesByMeter.get("probe.counter"))
                .containsExactly("probe.counter" + MeterType.COUNTER.cloudWatchSuffix());
        assertThat(namesByMeter.get("probe.timer"))
                .as("an idle timer still publishes its count (0), so an alarm on it sees data from start-up")
                .containsExactlyInAnyOrder("probe.timer.sum", "probe.timer" + MeterType.TIMER.cloudWatchSuffix());
    }

    @Test
    void aTimerThatRecordedAlsoPublishesAverageAndMaximum() {
        Timer.builder("probe.run").register(publication.registry()).record(Duration.ofMillis(250));

        assertThat(publication.publishOnce())
                .extracting(MetricDatum::metricName)
                .containsExactlyInAnyOrder("probe.run.sum", "probe.run.count", "probe.run.avg", "probe.run.max");
    }

    @Test
    void tagsBecomeDimensionsAndACounterReportsItsLastStepAsACount() {
        Counter counter =
                Counter.builder("probe.errors").tag("kind", "access_denied").register(publication.registry());
        counter.increment(3);

        MetricDatum datum = publication.publishOnce().stream()
                .filter(d -> d.metricName().equals("probe.errors.count"))
                .findFirst()
                .orElseThrow();

        assertThat(AlarmMetricsPublication.describe(datum)).isEqualTo("probe.errors.count{kind=access_denied}");
        assertThat(datum.value()).isEqualTo(3.0);
        assertThat(datum.unitAsString()).isEqualTo("Count");
        assertThat(publication.requests())
                .allSatisfy(r -> assertThat(r.namespace()).isEqualTo("MangaAssist"));
    }

    @Test
    void batchesHoldAtMostTheConfiguredNumberOfData() {
        for (int i = 0; i < 45; i++) {
            Counter.builder("probe.many").tag("i", Integer.toString(i)).register(publication.registry());
        }

        publication.publishOnce();

        assertThat(publication.requests()).hasSize(3);
        assertThat(publication.requests())
                .extracting(r -> r.metricData().size())
                .containsExactly(20, 20, 5);
    }
}
