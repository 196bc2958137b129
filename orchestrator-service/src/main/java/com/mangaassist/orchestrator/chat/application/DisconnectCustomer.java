package com.mangaassist.orchestrator.chat.application;

import com.mangaassist.orchestrator.chat.domain.Connections;
import com.mangaassist.orchestrator.chat.domain.Sessions;
import java.time.Clock;

/** Closes the session of a connection that went away. Unknown or foreign connections are ignored. */
public final class DisconnectCustomer {

    private final Connections connections;
    private final Sessions sessions;
    private final Clock clock;

    public DisconnectCustomer(Connections connections, Sessions sessions, Clock clock) {
        this.connections = connections;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Returns true when a session of this user was closed. */
    public boolean disconnect(DisconnectCustomerCommand command) {
        return connections
                .find(command.connectionId())
                .filter(c -> c.belongsTo(command.userId()))
                .map(connection -> {
                    sessions.close(connection.sessionId(), clock.instant());
                    connections.remove(connection.connectionId());
                    return true;
                })
                .orElse(false);
    }
}
