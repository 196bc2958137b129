package com.mangaassist.console.oncall.application;

import com.mangaassist.console.oncall.domain.Incident;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Incidents} in memory with the store's conditions (create if absent, update if version n, claim if free). */
final class InMemoryIncidents implements Incidents {

    final Map<String, Incident> incidents = new LinkedHashMap<>();
    final Map<String, String> owners = new LinkedHashMap<>();

    @Override
    public synchronized boolean create(Incident incident) {
        return incidents.putIfAbsent(incident.id(), incident) == null;
    }

    @Override
    public synchronized Optional<Incident> find(String id) {
        return Optional.ofNullable(incidents.get(id));
    }

    @Override
    public synchronized List<Incident> open() {
        return incidents.values().stream()
                .filter(Incident::isOpen)
                .sorted(Comparator.comparing(Incident::openedAt))
                .toList();
    }

    @Override
    public synchronized boolean update(Incident updated) {
        Incident stored = incidents.get(updated.id());
        if (stored == null || stored.version() != updated.version() - 1) {
            return false;
        }
        incidents.put(updated.id(), updated);
        return true;
    }

    @Override
    public synchronized boolean claim(String condition, String incidentId) {
        return owners.putIfAbsent(condition, incidentId) == null;
    }

    @Override
    public synchronized Optional<String> owner(String condition) {
        return Optional.ofNullable(owners.get(condition));
    }

    @Override
    public synchronized void release(String condition, String incidentId) {
        owners.remove(condition, incidentId);
    }
}
