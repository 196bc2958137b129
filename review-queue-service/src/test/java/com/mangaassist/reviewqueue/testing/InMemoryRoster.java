package com.mangaassist.reviewqueue.testing;

import com.mangaassist.reviewqueue.presence.domain.Presence;
import com.mangaassist.reviewqueue.presence.domain.Roster;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The roster in memory. */
public final class InMemoryRoster implements Roster {

    private final Map<String, Presence> presences = new ConcurrentHashMap<>();

    @Override
    public Optional<Presence> find(String reviewerId) {
        return Optional.ofNullable(presences.get(reviewerId));
    }

    @Override
    public void save(Presence presence) {
        presences.put(presence.reviewerId(), presence);
    }

    @Override
    public List<Presence> checkedIn() {
        return presences.values().stream().filter(Presence::checkedIn).toList();
    }
}
