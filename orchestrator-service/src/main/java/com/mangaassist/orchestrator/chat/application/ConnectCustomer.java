package com.mangaassist.orchestrator.chat.application;

import com.mangaassist.orchestrator.chat.domain.ChatSession;
import com.mangaassist.orchestrator.chat.domain.Connections;
import com.mangaassist.orchestrator.chat.domain.CustomerConnection;
import com.mangaassist.orchestrator.chat.domain.Sessions;
import com.mangaassist.orchestrator.followup.domain.ReturningCustomers;
import java.time.Clock;
import java.time.Instant;

/**
 * Opens a session for a new connection: session first, then the connection that points to it; then
 * asks for the customer's inbox (answers that missed an earlier connection) to be delivered to it.
 */
public final class ConnectCustomer {

    private final Connections connections;
    private final Sessions sessions;
    private final ReturningCustomers returning;
    private final IdGenerator ids;
    private final Clock clock;

    public ConnectCustomer(
            Connections connections, Sessions sessions, ReturningCustomers returning, IdGenerator ids, Clock clock) {
        this.connections = connections;
        this.sessions = sessions;
        this.returning = returning;
        this.ids = ids;
        this.clock = clock;
    }

    public ChatSession connect(ConnectCustomerCommand command) {
        Instant now = clock.instant();
        ChatSession session = new ChatSession(ids.next(), command.userId(), command.connectionId(), now);
        sessions.open(session);
        connections.save(new CustomerConnection(
                command.connectionId(), command.userId(), session.sessionId(), now, command.sourceIp()));
        returning.connected(command.userId(), command.connectionId());
        return session;
    }
}
