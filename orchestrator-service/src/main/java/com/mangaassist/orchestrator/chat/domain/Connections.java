package com.mangaassist.orchestrator.chat.domain;

import java.util.Optional;

/** Live connections by connection id. */
public interface Connections {

    void save(CustomerConnection connection);

    /** Strongly consistent read: a message right after connect must find its connection. */
    Optional<CustomerConnection> find(String connectionId);

    void remove(String connectionId);
}
