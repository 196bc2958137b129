package com.mangaassist.feedback.monitoring.domain;

/** Where the canary writes its synthetic turns (port; the {@code messages} table, marked canary, with a TTL). */
public interface CanaryMessages {

    void write(CanaryMessage message);
}
