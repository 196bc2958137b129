package com.mangaassist.console.oncall.application;

import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Signals;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The suite as on-call reads it: each service's public API and Actuator endpoints, called with the caller's token
 * (so what the checklist shows is what that person may see). Every read says why when it has no value.
 */
public interface SuiteSignals {

    /** {@code /actuator/health} of a service: {@code UP}, {@code DOWN}, {@code OUT_OF_SERVICE} …. */
    Fetched<String> health(Upstream service, String token);

    /** A gauge's current value from {@code /actuator/metrics/<meter>?tag=k:v…}; failed when there is no such meter. */
    Fetched<Double> gauge(Upstream service, String meter, Map<String, String> tags, String token);

    Fetched<Signals.Queue> queue(String token);

    Fetched<Signals.Roster> reviewers(String token);

    Fetched<Signals.Deliveries> deliveries(String token);

    Fetched<Signals.QualityGate> feedbackQuality(String token);

    Fetched<Signals.Anomalies> feedbackAnomalies(String token);

    /** The shared audit trail (threshold-service's {@code /api/audit}: every service's entries), oldest first. */
    Fetched<List<Signals.AuditRecord>> audit(Instant since, Instant until, String token);

    /** Pages recorded by the services that expose them ({@code /api/oncall/pages}, feedback anomalies' pages). */
    Fetched<List<Signals.PageRecord>> pages(String token);

    /**
     * A runbook's dry run: {@code GET /actuator/runbooks/<name>?reason=…&<parameters>} on its service, which runs
     * the REST path's dry run (audited as a dry run, nothing changed). The answer's {@code dryRun} body.
     */
    Fetched<Map<String, Object>> runbookDryRun(
            Upstream service, String runbook, Map<String, String> parameters, String reason, String token);
}
