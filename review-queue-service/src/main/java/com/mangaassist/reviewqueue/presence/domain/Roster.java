package com.mangaassist.reviewqueue.presence.domain;

import java.util.List;
import java.util.Optional;

/** Where reviewers' presence is kept (port). */
public interface Roster {

    Optional<Presence> find(String reviewerId);

    void save(Presence presence);

    /** Everyone currently checked in (active or not). */
    List<Presence> checkedIn();
}
