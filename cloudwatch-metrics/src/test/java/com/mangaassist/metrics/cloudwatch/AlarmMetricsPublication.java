package com.mangaassist.metrics.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.alarms.RunbookAlarm;
import com.mangaassist.model.alarms.RunbookAlarms;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.MockClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;

/**
 * Publishes a service's meters once through a real {@link CloudWatchMeterRegistry} (configured as the
 * {@code aws} profile configures it) into a {@link CapturingCloudWatchClient}, and checks that every runbook
 * alarm the service owns finds its metric: same CloudWatch name (meter name plus the registry's suffix), the
 * same dimensions exactly (CloudWatch matches an alarm's dimension set exactly), and the namespace the alarms
 * watch. A service's test registers its meters with its real meter classes, so renaming a meter or a tag turns
 * that test red.
 */
public final class AlarmMetricsPublication {

    /** The namespace of the {@code aws} profile (mangaassist-defaults.yml and the console's application.yml). */
    public static final String NAMESPACE = "MangaAssist";

    private final CapturingCloudWatchClient client = new CapturingCloudWatchClient();
    private final MockClock clock = new MockClock();
    private final Registry registry = new Registry(
            new CloudWatchExportConfig(
                    new CloudWatchExportProperties(false, NAMESPACE, Duration.ofMinutes(1), 20, null, null)),
            clock,
            client);

    /** The registry to hand to the service's meter classes. */
    public CloudWatchMeterRegistry registry() {
        return registry;
    }

    /** The client, with every request published so far. */
    public CapturingCloudWatchClient client() {
        return client;
    }

    /** Moves one step on (so counters report their last step) and publishes once, as the scheduler would. */
    public List<MetricDatum> publishOnce() {
        clock.add(Duration.ofMinutes(1));
        registry.publishNow();
        return client.data();
    }

    /**
     * Asserts that every alarm of {@code service} in {@link RunbookAlarms#ownedBy(String)} (there must be at least
     * one) has its metric in what was published.
     */
    public void assertEveryAlarmOfServicePublished(String service) {
        List<RunbookAlarm> alarms = RunbookAlarms.ownedBy(service);
        assertThat(alarms).as("runbook alarms owned by " + service).isNotEmpty();
        assertThat(client.requests())
                .as("PutMetricData requests")
                .isNotEmpty()
                .allSatisfy(request -> assertThat(request.namespace()).isEqualTo(NAMESPACE));
        List<String> published = client.data().stream()
                .map(AlarmMetricsPublication::describe)
                .sorted()
                .collect(Collectors.toList());
        for (RunbookAlarm alarm : alarms) {
            assertThat(published)
                    .as(alarm.name() + " watches " + alarm.cloudWatchMetricName() + " " + alarm.dimensions()
                            + "; published: " + published)
                    .contains(describe(alarm.cloudWatchMetricName(), alarm.dimensions()));
        }
    }

    /**
     * Asserts that every alarm of {@code service} whose metric was NOT in what was published treats missing data
     * as not breaching (or ignores it): a metric a service only publishes after its first job run must not page
     * after every deployment. Returns the alarms that were missing.
     */
    public List<RunbookAlarm> assertUnpublishedAlarmsDoNotPage(String service) {
        List<String> published =
                client.data().stream().map(AlarmMetricsPublication::describe).collect(Collectors.toList());
        List<RunbookAlarm> missing = RunbookAlarms.ownedBy(service).stream()
                .filter(alarm -> !published.contains(describe(alarm.cloudWatchMetricName(), alarm.dimensions())))
                .collect(Collectors.toList());
        assertThat(missing)
                .as("alarms of %s whose metric is not published yet", service)
                .allSatisfy(alarm -> assertThat(alarm.missingData())
                        .as(alarm.name() + " would page while its metric is not published yet")
                        .isIn(RunbookAlarm.MissingData.NOT_BREACHING, RunbookAlarm.MissingData.IGNORE));
        return missing;
    }

    /** All requests of this publication. */
    public List<PutMetricDataRequest> requests() {
        return client.requests();
    }

    /** {@code name{key=value,...}} with the dimensions sorted by name. */
    static String describe(MetricDatum datum) {
        return describe(
                datum.metricName(),
                datum.dimensions().stream().collect(Collectors.toMap(Dimension::name, Dimension::value)));
    }

    static String describe(String metricName, Map<String, String> dimensions) {
        return metricName
                + dimensions.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}"));
    }

    /** The real registry with its (protected) publish made callable; export disabled so nothing is scheduled. */
    private static final class Registry extends CloudWatchMeterRegistry {
        Registry(CloudWatchExportConfig config, MockClock clock, CapturingCloudWatchClient client) {
            super(config, clock, client);
        }

        void publishNow() {
            publish();
        }
    }
}
