package com.mangaassist.orchestrator.chat.application;

import static com.mangaassist.common.concurrent.Futures.await;

import com.mangaassist.model.chat.ErrorMessage;
import com.mangaassist.orchestrator.chat.domain.ChatFrame;
import com.mangaassist.orchestrator.chat.domain.Connections;
import com.mangaassist.orchestrator.chat.domain.CustomerConnection;
import com.mangaassist.orchestrator.chat.domain.CustomerNotifier;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.FramePolicy;
import com.mangaassist.orchestrator.chat.domain.Messages;
import com.mangaassist.orchestrator.chat.domain.PostOutcome;
import com.mangaassist.orchestrator.chat.domain.Responder;
import com.mangaassist.orchestrator.chat.domain.Sessions;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one client frame: validate; for a message, record the turn while the responder decides (on the
 * {@code io} executor: the two share nothing until the reply is posted), post the reply to the connection, record whether it was delivered, then run the
 * reply's follow-up (start the review workflow, queue a handoff). Invalid frames get an
 * {@code error} on the connection and leave no record.
 */
public final class HandleCustomerFrame {

    /** The {@code error} code a customer gets when the turn failed on our side (API.md). */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    static final String INTERNAL_ERROR_MESSAGE =
            "Something went wrong on our side and your message was not answered. Please send it again.";

    private static final Logger log = LoggerFactory.getLogger(HandleCustomerFrame.class);

    private final Connections connections;
    private final Sessions sessions;
    private final Messages messages;
    private final CustomerNotifier notifier;
    private final Responder responder;
    private final FramePolicy policy;
    private final IdGenerator ids;
    private final Clock clock;
    private final Executor io;

    public HandleCustomerFrame(
            Connections connections,
            Sessions sessions,
            Messages messages,
            CustomerNotifier notifier,
            Responder responder,
            FramePolicy policy,
            IdGenerator ids,
            Clock clock,
            Executor io) {
        this.connections = connections;
        this.sessions = sessions;
        this.messages = messages;
        this.notifier = notifier;
        this.responder = responder;
        this.policy = policy;
        this.ids = ids;
        this.clock = clock;
        this.io = io;
    }

    public FrameOutcome handle(HandleCustomerFrameCommand command) {
        Optional<CustomerConnection> found =
                connections.find(command.connectionId()).filter(c -> c.belongsTo(command.userId()));
        if (found.isEmpty()) {
            return new FrameOutcome.UnknownConnection();
        }
        CustomerConnection connection = found.get();
        ChatFrame frame = policy.validate(command.frame());
        if (frame instanceof ChatFrame.SendMessage message) {
            return answerOrApologise(connection, message);
        }
        ChatFrame.Rejected rejected = (ChatFrame.Rejected) frame;
        notifier.post(
                connection.connectionId(),
                new ErrorMessage(rejected.error().code(), rejected.error().message(), rejected.clientMessageId()));
        return new FrameOutcome.Rejected(rejected.error());
    }

    /**
     * The boundary of a customer's turn: whatever fails below it (a store, the model path, a bug), the customer
     * gets an {@code error} frame with {@link #INTERNAL_ERROR} and their {@code clientMessageId}, so the widget can
     * offer to resend, instead of API Gateway's bare "Internal server error" frame that a failed integration call
     * produces; the failure is logged with the turn's ids and the caller answers the gateway normally.
     */
    private FrameOutcome answerOrApologise(CustomerConnection connection, ChatFrame.SendMessage message) {
        String messageId = ids.next();
        try {
            return answer(connection, message, messageId);
        } catch (RuntimeException failure) { // the turn's boundary: every failure becomes the customer's error frame
            log.error(
                    "turn failed message_id={} session_id={}: {}",
                    messageId,
                    connection.sessionId(),
                    failure.toString(),
                    failure);
            PostOutcome apology = notifier.post(
                    connection.connectionId(),
                    new ErrorMessage(INTERNAL_ERROR, INTERNAL_ERROR_MESSAGE, message.clientMessageId()));
            return new FrameOutcome.Failed(messageId, apology instanceof PostOutcome.Posted);
        }
    }

    private FrameOutcome answer(CustomerConnection connection, ChatFrame.SendMessage message, String messageId) {
        CustomerTurn turn = new CustomerTurn(
                messageId,
                connection.sessionId(),
                connection.userId(),
                connection.connectionId(),
                message.clientMessageId(),
                message.text(),
                message.language(),
                clock.instant());
        // recording the turn and deciding its answer overlap: the responder writes nothing about the turn before it
        // is on record, nothing is posted before either, and a failed write fails the frame as before (the answer
        // is then dropped, never posted)
        CompletableFuture<Void> recorded = CompletableFuture.runAsync(
                () -> {
                    messages.recordReceived(turn);
                    sessions.touch(turn.sessionId(), turn.receivedAt());
                },
                io);
        Responder.Response response = responder.respond(turn, () -> await(recorded));
        await(recorded);
        PostOutcome outcome = notifier.post(connection.connectionId(), response.reply());
        boolean delivered = outcome instanceof PostOutcome.Posted;
        messages.recordDelivery(turn.messageId(), delivered, clock.instant());
        response.afterPosted().run();
        return new FrameOutcome.Answered(turn.messageId(), turn.sessionId(), delivered);
    }
}
