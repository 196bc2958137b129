package com.mangaassist.orchestrator.chat.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.chat.Answer;
import com.mangaassist.model.chat.ErrorMessage;
import com.mangaassist.model.chat.ServerMessage;
import com.mangaassist.orchestrator.chat.domain.ChatSession;
import com.mangaassist.orchestrator.chat.domain.Connections;
import com.mangaassist.orchestrator.chat.domain.CustomerConnection;
import com.mangaassist.orchestrator.chat.domain.CustomerNotifier;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.FrameError;
import com.mangaassist.orchestrator.chat.domain.FramePolicy;
import com.mangaassist.orchestrator.chat.domain.Messages;
import com.mangaassist.orchestrator.chat.domain.PostOutcome;
import com.mangaassist.orchestrator.chat.domain.RawFrame;
import com.mangaassist.orchestrator.chat.domain.Responder;
import com.mangaassist.orchestrator.chat.domain.Sessions;
import com.mangaassist.orchestrator.followup.domain.ReturningCustomers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HandleCustomerFrameTest {

    private static final Instant NOW = Instant.parse("2026-11-28T11:00:00Z");

    private final InMemoryConnections connections = new InMemoryConnections();
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryMessages messages = new InMemoryMessages();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> reconnected = new ArrayList<>();
    private final List<String> followedUp = new ArrayList<>();
    /** For each decision: whether the turn was on record once the responder's onRecord returned. */
    private final List<Boolean> onRecordFound = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final ReturningCustomers returning = (userId, connectionId) -> reconnected.add(userId + "@" + connectionId);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    /** A real pool: the turn is recorded on another thread while it is answered, as in the service. */
    private final ExecutorService io = Executors.newFixedThreadPool(2);

    private final ConnectCustomer connect =
            new ConnectCustomer(connections, sessions, returning, () -> "id-" + ids.incrementAndGet(), clock);
    private final HandleCustomerFrame handle = new HandleCustomerFrame(
            connections,
            sessions,
            messages,
            notifier,
            (turn, onRecord) -> {
                onRecord.run();
                onRecordFound.add(
                        messages.received.stream().anyMatch(t -> t.messageId().equals(turn.messageId())));
                return new Responder.Response(
                        new Answer(
                                turn.messageId(), turn.clientMessageId(), "answer to " + turn.text(), "general", 0.9),
                        () -> followedUp.add(turn.messageId()));
            },
            new FramePolicy(2000),
            () -> "id-" + ids.incrementAndGet(),
            clock,
            io);

    @Test
    void messageIsRecordedAnsweredAndItsReplyPostedToItsConnection() {
        ChatSession session = connect.connect(new ConnectCustomerCommand("conn-1", "u-1", "127.0.0.1"))
                .orElseThrow();

        FrameOutcome outcome = handle.handle(new HandleCustomerFrameCommand(
                "conn-1", "u-1", new RawFrame(true, "sendMessage", "c-1", "Berserk?", null)));

        assertThat(outcome).isInstanceOf(FrameOutcome.Answered.class);
        FrameOutcome.Answered answered = (FrameOutcome.Answered) outcome;
        assertThat(answered.delivered()).isTrue();
        assertThat(answered.sessionId()).isEqualTo(session.sessionId());
        assertThat(messages.received).singleElement().satisfies(turn -> {
            assertThat(turn.messageId()).isEqualTo(answered.messageId());
            assertThat(turn.sessionId()).isEqualTo(session.sessionId());
            assertThat(turn.receivedAt()).isEqualTo(NOW);
        });
        assertThat(messages.answered).containsEntry(answered.messageId(), true);
        assertThat(notifier.posted)
                .containsExactly(Map.entry(
                        "conn-1", new Answer(answered.messageId(), "c-1", "answer to Berserk?", "general", 0.9)));
        assertThat(sessions.touched).containsExactly(session.sessionId());
        assertThat(followedUp).as("the follow-up runs after the post").containsExactly(answered.messageId());
        assertThat(reconnected).as("a connect asks for the inbox").containsExactly("u-1@conn-1");
    }

    @Test
    void aTurnThatFailsOnOurSideGetsAnInternalErrorFrameWithItsClientMessageId() {
        connect.connect(new ConnectCustomerCommand("conn-1", "u-1", null));
        HandleCustomerFrame failing = new HandleCustomerFrame(
                connections,
                sessions,
                messages,
                notifier,
                (turn, onRecord) -> {
                    throw new IllegalStateException("the model path broke");
                },
                new FramePolicy(2000),
                () -> "id-" + ids.incrementAndGet(),
                clock,
                io);

        FrameOutcome outcome = failing.handle(new HandleCustomerFrameCommand(
                "conn-1", "u-1", new RawFrame(true, "sendMessage", "c-7", "Berserk?", null)));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        FrameOutcome.Failed.class,
                        failed -> assertThat(failed.told()).isTrue());
        assertThat(notifier.posted)
                .singleElement()
                .satisfies(post -> assertThat(post.getValue())
                        .isEqualTo(new ErrorMessage(
                                HandleCustomerFrame.INTERNAL_ERROR,
                                HandleCustomerFrame.INTERNAL_ERROR_MESSAGE,
                                "c-7")));
        assertThat(messages.answered).as("no answer was recorded as delivered").isEmpty();
    }

    @Test
    void invalidFrameGetsAnErrorAndLeavesNoRecord() {
        connect.connect(new ConnectCustomerCommand("conn-1", "u-1", null));

        FrameOutcome outcome = handle.handle(
                new HandleCustomerFrameCommand("conn-1", "u-1", new RawFrame(true, "sendMessage", "c-9", "", null)));

        assertThat(outcome).isEqualTo(new FrameOutcome.Rejected(FrameError.EMPTY_TEXT));
        assertThat(messages.received).isEmpty();
        assertThat(notifier.posted)
                .singleElement()
                .satisfies(post -> assertThat(post.getValue())
                        .isEqualTo(new ErrorMessage("EMPTY_TEXT", FrameError.EMPTY_TEXT.message(), "c-9")));
    }

    @Test
    void anotherUsersConnectionIsUnknownAndNothingIsSent() {
        connect.connect(new ConnectCustomerCommand("conn-1", "u-1", null));

        FrameOutcome outcome = handle.handle(new HandleCustomerFrameCommand(
                "conn-1", "u-intruder", new RawFrame(true, "sendMessage", null, "hi", null)));

        assertThat(outcome).isInstanceOf(FrameOutcome.UnknownConnection.class);
        assertThat(messages.received).isEmpty();
        assertThat(notifier.posted).isEmpty();
    }

    @AfterEach
    void stopThePool() {
        io.shutdownNow();
    }

    @Test
    void theResponderWritesOnlyOnceTheTurnIsOnRecordEvenWhenRecordingIsSlow() {
        connect.connect(new ConnectCustomerCommand("conn-1", "u-1", null));
        messages.slow = true;

        FrameOutcome outcome = handle.handle(new HandleCustomerFrameCommand(
                "conn-1", "u-1", new RawFrame(true, "sendMessage", "c-1", "Berserk?", null)));

        assertThat(outcome).isInstanceOf(FrameOutcome.Answered.class);
        assertThat(onRecordFound).containsExactly(true);
    }

    @Test
    void aTurnThatCannotBeRecordedIsNeverAnswered() {
        connect.connect(new ConnectCustomerCommand("conn-1", "u-1", null));
        messages.failing = true;

        FrameOutcome outcome = handle.handle(new HandleCustomerFrameCommand(
                "conn-1", "u-1", new RawFrame(true, "sendMessage", "c-1", "Berserk?", null)));

        assertThat(outcome).isInstanceOf(FrameOutcome.Failed.class);
        assertThat(notifier.posted)
                .as("no answer, only the error that asks to send it again")
                .singleElement()
                .satisfies(post -> assertThat(post.getValue())
                        .isEqualTo(new ErrorMessage(
                                HandleCustomerFrame.INTERNAL_ERROR,
                                HandleCustomerFrame.INTERNAL_ERROR_MESSAGE,
                                "c-1")));
        assertThat(messages.answered).isEmpty();
        assertThat(followedUp).isEmpty();
    }

    @Test
    void answerToAGoneConnectionIsRecordedAsUndelivered() {
        connect.connect(new ConnectCustomerCommand("conn-1", "u-1", null));
        notifier.gone = true;

        FrameOutcome.Answered outcome = (FrameOutcome.Answered) handle.handle(
                new HandleCustomerFrameCommand("conn-1", "u-1", new RawFrame(true, "sendMessage", null, "hi", null)));

        assertThat(outcome.delivered()).isFalse();
        assertThat(messages.answered).containsEntry(outcome.messageId(), false);
    }

    @Test
    void disconnectClosesTheSessionOnlyForItsOwner() {
        ChatSession session = connect.connect(new ConnectCustomerCommand("conn-1", "u-1", null))
                .orElseThrow();
        DisconnectCustomer disconnect = new DisconnectCustomer(connections, sessions, clock);

        assertThat(disconnect.disconnect(new DisconnectCustomerCommand("conn-1", "u-other")))
                .isFalse();
        assertThat(disconnect.disconnect(new DisconnectCustomerCommand("conn-1", "u-1")))
                .isTrue();
        assertThat(sessions.closed).containsExactly(session.sessionId());
        assertThat(connections.find("conn-1")).isEmpty();
    }

    @Test
    void anotherCustomersConnectionIdIsRefusedWithNothingChanged() {
        ChatSession owners = connect.connect(new ConnectCustomerCommand("conn-1", "u-1", null))
                .orElseThrow();

        assertThat(connect.connect(new ConnectCustomerCommand("conn-1", "u-intruder", null)))
                .isEmpty();

        assertThat(connections.find("conn-1")).hasValueSatisfying(c -> {
            assertThat(c.userId()).isEqualTo("u-1");
            assertThat(c.sessionId()).isEqualTo(owners.sessionId());
        });
        assertThat(sessions.opened).containsExactly(owners.sessionId());
        assertThat(reconnected)
                .as("the intruder's inbox is not sent to the owner's socket")
                .containsExactly("u-1@conn-1");
        assertThat(connect.connect(new ConnectCustomerCommand("conn-1", "u-1", null)))
                .as("the owner may connect again on the same id")
                .isPresent();
    }

    private static final class InMemoryConnections implements Connections {
        private final Map<String, CustomerConnection> byId = new HashMap<>();

        @Override
        public boolean save(CustomerConnection connection) {
            CustomerConnection existing = byId.get(connection.connectionId());
            if (existing != null && !existing.belongsTo(connection.userId())) {
                return false;
            }
            byId.put(connection.connectionId(), connection);
            return true;
        }

        @Override
        public Optional<CustomerConnection> find(String connectionId) {
            return Optional.ofNullable(byId.get(connectionId));
        }

        @Override
        public void remove(String connectionId) {
            byId.remove(connectionId);
        }
    }

    private static final class InMemorySessions implements Sessions {
        private final List<String> opened = new ArrayList<>();
        private final List<String> touched = new ArrayList<>();
        private final List<String> closed = new ArrayList<>();

        @Override
        public void open(ChatSession session) {
            opened.add(session.sessionId());
        }

        @Override
        public void touch(String sessionId, Instant at) {
            touched.add(sessionId);
        }

        @Override
        public void close(String sessionId, Instant at) {
            closed.add(sessionId);
        }
    }

    private static final class InMemoryMessages implements Messages {
        private final List<CustomerTurn> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Map<String, Boolean> answered = new HashMap<>();
        private volatile boolean failing;
        private volatile boolean slow;

        @Override
        public void recordReceived(CustomerTurn turn) {
            if (slow) {
                java.util.concurrent.locks.LockSupport.parkNanos(
                        java.time.Duration.ofMillis(200).toNanos());
            }
            if (failing) {
                throw new IllegalStateException("table unavailable");
            }
            received.add(turn);
        }

        @Override
        public void recordDelivery(String messageId, boolean delivered, Instant at) {
            answered.put(messageId, delivered);
        }
    }

    private static final class RecordingNotifier implements CustomerNotifier {
        private final List<Map.Entry<String, ServerMessage>> posted = new ArrayList<>();
        private boolean gone;

        @Override
        public PostOutcome post(String connectionId, ServerMessage message) {
            if (gone) {
                return new PostOutcome.Gone();
            }
            posted.add(Map.entry(connectionId, message));
            return new PostOutcome.Posted();
        }
    }
}
