package com.mangaassist.orchestrator.chat.application;

import java.util.UUID;

/** New opaque ids for sessions and messages. */
@FunctionalInterface
public interface IdGenerator {

    String next();

    static IdGenerator randomUuids() {
        return () -> UUID.randomUUID().toString();
    }
}
