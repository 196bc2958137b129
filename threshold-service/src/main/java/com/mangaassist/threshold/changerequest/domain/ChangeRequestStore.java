package com.mangaassist.threshold.changerequest.domain;

import java.util.List;
import java.util.Optional;

/** The {@code change-requests} table (port). */
public interface ChangeRequestStore {

    /** Stores a new request; false when the id exists. */
    boolean create(ChangeRequest request);

    Optional<ChangeRequest> find(String id);

    /**
     * Stores {@code next} if the stored revision is still {@code next.revision()}; returns the stored
     * request (revision + 1) or empty when someone else wrote it first.
     */
    Optional<ChangeRequest> update(ChangeRequest next);

    /** Requests in {@code state}, oldest first, at most {@code limit}. */
    List<ChangeRequest> inState(ChangeState state, int limit);
}
