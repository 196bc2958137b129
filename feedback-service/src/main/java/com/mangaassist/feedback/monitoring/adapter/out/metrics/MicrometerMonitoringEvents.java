package com.mangaassist.feedback.monitoring.adapter.out.metrics;

import com.mangaassist.feedback.monitoring.application.MonitoringEvents;
import com.mangaassist.feedback.monitoring.domain.AnomalyKind;
import com.mangaassist.feedback.quality.domain.GateReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counters {@code mangaassist.feedback.anomalies{kind}} (runs with findings) and {@code
 * mangaassist.feedback.canary{result=ok|failed}}; gauges {@code mangaassist.feedback.anomaly.accounts{kind}},
 * {@code mangaassist.feedback.quality.green} (1/0), {@code mangaassist.feedback.quality.check{check}} (1 red,
 * 0 otherwise) and {@code mangaassist.feedback.quality.value{check}}. Gauges are NaN until first set.
 */
public final class MicrometerMonitoringEvents implements MonitoringEvents {

    private static final String PREFIX = "mangaassist.feedback.";

    private final MeterRegistry meters;
    private final Map<String, AtomicReference<Double>> gauges = new ConcurrentHashMap<>();

    public MicrometerMonitoringEvents(MeterRegistry meters) {
        this.meters = meters;
        for (AnomalyKind kind : AnomalyKind.values()) {
            gauge("anomaly.accounts", "kind", kind.code());
        }
        gauge("quality.green", null, null);
    }

    @Override
    public void anomalies(Map<AnomalyKind, Integer> accounts) {
        accounts.forEach((kind, count) -> {
            if (count > 0) {
                meters.counter(PREFIX + "anomalies", "kind", kind.code()).increment();
            }
            gauge("anomaly.accounts", "kind", kind.code()).set((double) count);
        });
    }

    @Override
    public void gate(GateReport report) {
        gauge("quality.green", null, null).set(report.green() ? 1.0 : 0.0);
        for (GateReport.Check check : report.checks()) {
            gauge("quality.check", "check", check.name()).set(check.status() == GateReport.Status.RED ? 1.0 : 0.0);
            gauge("quality.value", "check", check.name()).set(check.value());
        }
    }

    @Override
    public void canary(boolean ok) {
        meters.counter(PREFIX + "canary", "result", ok ? "ok" : "failed").increment();
    }

    private AtomicReference<Double> gauge(String name, String tag, String value) {
        return gauges.computeIfAbsent(name + "|" + tag + "|" + value, key -> {
            AtomicReference<Double> holder = new AtomicReference<>(Double.NaN);
            Gauge.Builder<AtomicReference<Double>> builder = Gauge.builder(PREFIX + name, holder, AtomicReference::get);
            if (tag != null) {
                builder.tag(tag, value);
            }
            builder.register(meters);
            return holder;
        });
    }
}
