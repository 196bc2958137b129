package com.mangaassist.threshold.testing;

import com.mangaassist.threshold.configuration.domain.PromptStatus;
import com.mangaassist.threshold.configuration.domain.PromptStore;
import com.mangaassist.threshold.configuration.domain.PromptVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Prompt versions in memory. */
public final class InMemoryPromptStore implements PromptStore {

    private final List<PromptVersion> versions = new ArrayList<>();

    @Override
    public synchronized List<PromptVersion> versions(String promptId) {
        return versions.stream()
                .filter(v -> v.promptId().equals(promptId))
                .sorted(Comparator.comparingLong(PromptVersion::version))
                .toList();
    }

    @Override
    public synchronized boolean add(PromptVersion version) {
        if (versions.stream()
                .anyMatch(v -> v.promptId().equals(version.promptId()) && v.version() == version.version())) {
            return false;
        }
        return versions.add(version);
    }

    @Override
    public synchronized boolean changeStatus(PromptVersion version, PromptStatus expected) {
        for (int i = 0; i < versions.size(); i++) {
            PromptVersion v = versions.get(i);
            if (v.promptId().equals(version.promptId()) && v.version() == version.version()) {
                if (v.status() != expected) {
                    return false;
                }
                versions.set(i, version);
                return true;
            }
        }
        return false;
    }
}
