package com.mangaassist.feedback.monitoring.application;

import com.mangaassist.feedback.monitoring.domain.AnomalyKind;
import com.mangaassist.feedback.quality.domain.GateReport;
import java.util.Map;

/** What the monitors count and publish (port; Micrometer counters and gauges). */
public interface MonitoringEvents {

    /** A detection run ended: {@code accounts} named per kind (0 for a kind without findings). */
    void anomalies(Map<AnomalyKind, Integer> accounts);

    /** The gate was evaluated. */
    void gate(GateReport report);

    /** A canary ran. */
    void canary(boolean ok);
}
