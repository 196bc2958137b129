package com.mangaassist.feedback.monitoring.application;

import com.mangaassist.feedback.monitoring.domain.AnomalyKind;
import com.mangaassist.feedback.quality.domain.GateReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps what the monitors reported. */
final class RecordingEvents implements MonitoringEvents {

    final List<Map<AnomalyKind, Integer>> anomalies = new ArrayList<>();
    final List<GateReport> gates = new ArrayList<>();
    final List<Boolean> canaries = new ArrayList<>();

    @Override
    public void anomalies(Map<AnomalyKind, Integer> accounts) {
        anomalies.add(Map.copyOf(accounts));
    }

    @Override
    public void gate(GateReport report) {
        gates.add(report);
    }

    @Override
    public void canary(boolean ok) {
        canaries.add(ok);
    }
}
