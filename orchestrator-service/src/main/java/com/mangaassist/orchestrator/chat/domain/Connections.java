package com.mangaassist.orchestrator.chat.domain;

import java.util.Optional;

/** Live connections by connection id. */
public interface Connections {

    /**
     * Stores the connection unless its id is already bound to another user (a connection id is the address
     * answers go to, so it must never change hands). Returns false, with nothing written, when it is.
     */
    boolean save(CustomerConnection connection);

    /** Strongly consistent read: a message right after connect must find its connection. */
    Optional<CustomerConnection> find(String connectionId);

    void remove(String connectionId);
}
