package com.mangaassist.systemtests.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated customer's chat connection. It keeps one turn in flight, as a person typing does, and
 * queues the turns the schedule assigns meanwhile; a turn's latency still starts at its intended send
 * time. With one turn in flight, every turn reply on the connection answers that turn, which is how a
 * {@code handoff} (it carries no {@code clientMessageId}) is correlated; replies that carry one are
 * checked against it.
 *
 * <p>A turn without a reply within the timeout is counted and the connection retired: a late reply
 * could not be told from the next turn's, so the turns still queued on it are counted as not sent.
 */
final class LoadConnection implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TURN_REPLIES = Set.of("answer", "review_acknowledgment", "handoff", "error");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final String userId;
    private final LoadRecorder recorder;
    private final ScheduledExecutorService timer;
    private final Duration turnTimeout;
    private final StringBuilder partial = new StringBuilder();
    private final Deque<Turn> queued = new ArrayDeque<>();

    private WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private Turn inFlight;
    private ScheduledFuture<?> inFlightTimeout;
    private String retiredBecause;
    private boolean closing;

    private LoadConnection(String userId, LoadRecorder recorder, ScheduledExecutorService timer, Duration turnTimeout) {
        this.userId = userId;
        this.recorder = recorder;
        this.timer = timer;
        this.turnTimeout = turnTimeout;
    }

    /** Connects as {@code userId}; a connection that cannot be opened fails the run. */
    static LoadConnection open(
            HttpClient http,
            URI gateway,
            String userId,
            String token,
            LoadRecorder recorder,
            ScheduledExecutorService timer,
            Duration turnTimeout)
            throws InterruptedException {
        LoadConnection connection = new LoadConnection(userId, recorder, timer, turnTimeout);
        WebSocket socket;
        try {
            socket = http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(gateway + "?token=" + token), connection)
                    .get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot connect as " + userId + " to " + gateway, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no connection as " + userId + " within " + CONNECT_TIMEOUT, e);
        }
        synchronized (connection) {
            connection.socket = socket;
        }
        return connection;
    }

    /** Sends {@code turn} now if nothing is in flight, else after the turns queued before it. */
    synchronized void submit(Turn turn) {
        if (retiredBecause != null) {
            recorder.failed(turn, "not sent: " + retiredBecause);
        } else if (inFlight == null) {
            send(turn);
        } else {
            queued.addLast(turn);
        }
    }

    /** Counts whatever is still in flight or queued as unfinished; the run is over. */
    synchronized void abandon() {
        if (inFlight != null) {
            inFlightTimeout.cancel(false);
            recorder.failed(inFlight, "unfinished when the run ended (sent, no reply yet)");
            inFlight = null;
        }
        retire("the run ended", "unfinished when the run ended (never sent)");
    }

    /** Starts the closing handshake; completes when the server has acknowledged it or it failed. */
    CompletableFuture<WebSocket> close() {
        WebSocket open;
        synchronized (this) {
            closing = true;
            open = socket;
        }
        if (open.isOutputClosed()) {
            return CompletableFuture.completedFuture(open);
        }
        return open.sendClose(WebSocket.NORMAL_CLOSURE, "load run over")
                .toCompletableFuture()
                .orTimeout(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void send(Turn turn) {
        inFlight = turn;
        turn.markSent(System.nanoTime());
        String frame = frame(turn);
        WebSocket target = socket;
        inFlightTimeout = timer.schedule(() -> timedOut(turn), turnTimeout.toNanos(), TimeUnit.NANOSECONDS);
        // the JDK client allows one outstanding send: each waits for the previous one, whatever its outcome
        sending =
                sending.handle((ignored, previousFailure) -> null).thenCompose(ignored -> target.sendText(frame, true));
        sending.whenComplete((ignored, failure) -> {
            if (failure != null) {
                sendFailed(turn, failure);
            }
        });
    }

    private static String frame(Turn turn) {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("action", "sendMessage");
        frame.put("clientMessageId", turn.clientMessageId());
        frame.put("text", turn.question().text());
        frame.put("lang", turn.question().lang());
        return JSON.writeValueAsString(frame);
    }

    private synchronized void sendFailed(Turn turn, Throwable failure) {
        if (inFlight != turn) {
            return;
        }
        inFlightTimeout.cancel(false);
        inFlight = null;
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        recorder.failed(turn, "send failed: " + cause.getClass().getSimpleName());
        retire("an earlier send failed", "not sent: an earlier send failed");
        socket.abort();
    }

    private synchronized void timedOut(Turn turn) {
        if (inFlight != turn) {
            return;
        }
        inFlight = null;
        recorder.failed(turn, "timeout: no reply within " + turnTimeout.toMillis() / 1000.0 + " s");
        retire("an earlier turn timed out", "not sent: an earlier turn timed out");
        socket.abort();
    }

    private void retire(String why, String queuedFailure) {
        if (retiredBecause == null) {
            retiredBecause = why;
        }
        for (Turn turn = queued.pollFirst(); turn != null; turn = queued.pollFirst()) {
            recorder.failed(turn, queuedFailure);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            received(text, System.nanoTime());
        }
        webSocket.request(1);
        return null;
    }

    private void received(String text, long nowNanos) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException unreadable) {
            recorder.event("unreadable frame from the server");
            return;
        }
        String type = text(node, "type");
        if (type == null) {
            recorder.event("frame without a type");
        } else if (TURN_REPLIES.contains(type)) {
            replied(
                    new Reply(type, text(node, "messageId"), text(node, "code")),
                    text(node, "clientMessageId"),
                    nowNanos);
        } else {
            recorder.event("follow-up frame: " + type);
        }
    }

    private synchronized void replied(Reply reply, String clientMessageId, long nowNanos) {
        Turn turn = inFlight;
        if (retiredBecause != null) {
            recorder.event(reply.type() + " after the connection was retired");
            return;
        }
        if (turn == null) {
            recorder.event(reply.type() + " with no turn in flight");
            return;
        }
        if (clientMessageId != null && !clientMessageId.equals(turn.clientMessageId())) {
            recorder.event(reply.type() + " for another clientMessageId");
            return;
        }
        inFlightTimeout.cancel(false);
        inFlight = null;
        recorder.replied(turn, reply, nowNanos);
        Turn next = queued.pollFirst();
        if (next != null) {
            send(next);
        }
    }

    @Override
    public synchronized CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing && retiredBecause == null) {
            lost("closed by the server (" + statusCode + ")");
        }
        return null;
    }

    @Override
    public synchronized void onError(WebSocket webSocket, Throwable error) {
        if (!closing && retiredBecause == null) {
            lost("connection error (" + error.getClass().getSimpleName() + ")");
        }
    }

    private void lost(String why) {
        recorder.event("connection lost: " + why);
        if (inFlight != null) {
            inFlightTimeout.cancel(false);
            recorder.failed(inFlight, "connection lost: " + why);
            inFlight = null;
        }
        retire("connection lost", "not sent: connection lost");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    @Override
    public String toString() {
        return "connection of " + userId;
    }
}
