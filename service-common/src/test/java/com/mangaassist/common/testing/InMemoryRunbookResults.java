package com.mangaassist.common.testing;

import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.runbook.RunbookResults;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stored runbook results in memory: the first result under a key stays. */
public final class InMemoryRunbookResults implements RunbookResults {

    private final Map<String, RunbookResult> stored = new ConcurrentHashMap<>();

    @Override
    public Optional<RunbookResult> find(String key) {
        return Optional.ofNullable(stored.get(key));
    }

    @Override
    public void save(String key, RunbookResult result) {
        stored.putIfAbsent(key, result);
    }

    public int size() {
        return stored.size();
    }
}
