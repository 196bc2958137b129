package com.mangaassist.console.oncall.application;

import com.mangaassist.console.oncall.domain.Incident;
import java.util.List;
import java.util.Optional;

/**
 * Where incidents are kept. Single-item conditional writes only: a create fails when the id exists, an update when
 * the stored version is not the one read, and a condition is claimed by at most one open incident at a time.
 */
public interface Incidents {

    /** Stores a new incident; false when one with its id exists. */
    boolean create(Incident incident);

    Optional<Incident> find(String id);

    /** Open incidents, oldest first. */
    List<Incident> open();

    /** Stores {@code updated} (version n + 1) only if version n is stored; false otherwise. */
    boolean update(Incident updated);

    /** Marks {@code condition} as owned by {@code incidentId}; false when another incident owns it. */
    boolean claim(String condition, String incidentId);

    /** The incident owning {@code condition}, if any. */
    Optional<String> owner(String condition);

    /** Frees {@code condition} if {@code incidentId} owns it. */
    void release(String condition, String incidentId);
}
