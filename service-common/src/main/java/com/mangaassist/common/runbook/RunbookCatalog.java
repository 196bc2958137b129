package com.mangaassist.common.runbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every runbook of one service, in the order on-call should read them, each with the action that runs it.
 * The Actuator endpoint lists, describes and runs runbooks through it; the action calls the application
 * service the REST controller calls, so both paths share the reason, dry run, idempotency and audit.
 *
 * @param <R> the runbook result of the service
 */
public final class RunbookCatalog<R> {

    /** A runbook and how it runs. */
    public record Entry<R>(Runbook runbook, RunbookAction<R> action) {}

    private final String service;
    private final Map<String, Entry<R>> entries = new LinkedHashMap<>();

    public RunbookCatalog(String service, List<Entry<R>> entries) {
        this.service = service;
        for (Entry<R> entry : entries) {
            if (this.entries.put(entry.runbook().name(), entry) != null) {
                throw new IllegalArgumentException(
                        "two runbooks named " + entry.runbook().name());
            }
        }
    }

    public String service() {
        return service;
    }

    public List<Runbook> runbooks() {
        return entries.values().stream().map(Entry::runbook).toList();
    }

    public Optional<Entry<R>> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }
}
