package com.mangaassist.feedback.monitoring.application;

import java.util.List;
import java.util.Map;

/**
 * The quarantine a person would confirm after an anomaly run: the accounts named by any detector and the
 * runbook call, as a dry run ({@code POST /api/runbook/feedback/quarantine}). Nothing is quarantined here.
 */
public record ProposedQuarantine(List<String> accounts, String method, String path, Map<String, Object> body) {

    public static final String PATH = "/api/runbook/feedback/quarantine";

    public ProposedQuarantine {
        accounts = List.copyOf(accounts);
        body = Map.copyOf(body);
    }

    static ProposedQuarantine of(List<String> accounts, String reason) {
        return new ProposedQuarantine(
                accounts,
                "POST",
                PATH,
                Map.of("scope", "ACCOUNT", "ids", List.copyOf(accounts), "reason", reason, "dryRun", true));
    }
}
