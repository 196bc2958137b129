package com.mangaassist.console.oncall.domain;

import com.mangaassist.console.api.domain.Upstream;
import java.util.Map;
import java.util.Optional;

/**
 * The runbook a step recommends, with its parameters pre-filled so on-call can dry-run and run it as it stands.
 *
 * @param name the runbook's name at {@code /actuator/runbooks/<name>}
 * @param service the service that runs it
 * @param path its REST path ({@code POST}, body {@code {"dryRun", "reason", …parameters}})
 * @param parameters pre-filled parameters, as the Actuator path takes them (lists comma-separated)
 * @param reason the pre-filled reason (on-call may change it)
 * @param dryRun the dry run's answer (the REST dry run's body) when one was made for this evaluation
 * @param dryRunProblem why there is no dry run, when one was asked for and refused or failed
 */
public record RunbookSuggestion(
        String name,
        Upstream service,
        String path,
        Map<String, String> parameters,
        String reason,
        Optional<Map<String, Object>> dryRun,
        Optional<String> dryRunProblem) {

    public RunbookSuggestion {
        parameters = Map.copyOf(parameters);
    }

    public String actuatorPath() {
        return "/actuator/runbooks/" + name;
    }

    public RunbookSuggestion withDryRun(Fetched<Map<String, Object>> result) {
        return new RunbookSuggestion(
                name,
                service,
                path,
                parameters,
                reason,
                result.value(),
                result.ok() ? Optional.empty() : Optional.of(result.problem()));
    }
}
