package com.mangaassist.delivery.promise.application;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a runbook action did (or, in a dry run, would do): the promises it considered, the message ids
 * it acted on (or would act on), and outcome counts such as {@code websocket}, {@code inbox+email},
 * {@code notConnected}, {@code skipped}, {@code failed}.
 */
public record RunbookReport(
        String action, boolean dryRun, int considered, List<String> messageIds, Map<String, Integer> outcomes) {

    public RunbookReport {
        messageIds = List.copyOf(messageIds);
        outcomes = Map.copyOf(outcomes);
    }

    /** One line for the audit log (counts only, never customer text). */
    public String summary() {
        return "considered=" + considered + " acted=" + messageIds.size() + " "
                + outcomes.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "));
    }
}
