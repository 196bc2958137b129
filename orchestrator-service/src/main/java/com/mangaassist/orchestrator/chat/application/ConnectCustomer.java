package com.mangaassist.orchestrator.chat.application;

import com.mangaassist.orchestrator.chat.domain.ChatSession;
import com.mangaassist.orchestrator.chat.domain.Connections;
import com.mangaassist.orchestrator.chat.domain.CustomerConnection;
import com.mangaassist.orchestrator.chat.domain.Sessions;
import com.mangaassist.orchestrator.followup.domain.ReturningCustomers;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens a session for a new connection: session first, then the connection that points to it; then
 * asks for the customer's inbox (answers that missed an earlier connection) to be delivered to it. A
 * connection id already bound to another customer is refused with nothing changed: taking it over would
 * send that customer's answers, and this customer's inbox, to the wrong person.
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

    /** The new session, or empty when the connection id belongs to another customer. */
    public Optional<ChatSession> connect(ConnectCustomerCommand command) {
        boolean foreign = connections
                .find(command.connectionId())
                .filter(existing -> !existing.belongsTo(command.userId()))
                .isPresent();
        if (foreign) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ChatSession session = new ChatSession(ids.next(), command.userId(), command.connectionId(), now);
        sessions.open(session);
        boolean saved = connections.save(new CustomerConnection(
                command.connectionId(), command.userId(), session.sessionId(), now, command.sourceIp()));
        if (!saved) {
            // lost a race for the id to another customer: the session never had a connection
            sessions.close(session.sessionId(), now);
            return Optional.empty();
        }
        returning.connected(command.userId(), command.connectionId());
        return Optional.of(session);
    }
}
