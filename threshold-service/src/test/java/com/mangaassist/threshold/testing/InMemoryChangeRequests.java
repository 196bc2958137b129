package com.mangaassist.threshold.testing;

import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.ChangeRequestStore;
import com.mangaassist.threshold.changerequest.domain.ChangeState;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Change requests in memory, conditional on revision like the DynamoDB adapter. */
public final class InMemoryChangeRequests implements ChangeRequestStore {

    private final Map<String, ChangeRequest> requests = new LinkedHashMap<>();

    @Override
    public synchronized boolean create(ChangeRequest request) {
        return requests.putIfAbsent(request.id(), request.withRevision(1)) == null;
    }

    @Override
    public synchronized Optional<ChangeRequest> find(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public synchronized Optional<ChangeRequest> update(ChangeRequest next) {
        ChangeRequest stored = requests.get(next.id());
        if (stored == null || stored.revision() != next.revision()) {
            return Optional.empty();
        }
        ChangeRequest updated = next.withRevision(next.revision() + 1);
        requests.put(next.id(), updated);
        return Optional.of(updated);
    }

    @Override
    public synchronized List<ChangeRequest> inState(ChangeState state, int limit) {
        return requests.values().stream()
                .filter(r -> r.state() == state)
                .sorted(Comparator.comparing(ChangeRequest::createdAt))
                .limit(limit)
                .toList();
    }
}
