package com.mangaassist.systemtests.chaos;

import com.mangaassist.systemtests.load.QuestionMix;
import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.ReviewQuestions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One simulated customer of the soak, a closed loop on its own thread: think (exponential), ask, wait for the
 * turn's first reply (answer, acknowledgement, handoff, error). A gateway failure ({@code Internal server error},
 * what API Gateway says when its integration is down), an {@code INTERNAL_ERROR} frame or silence makes it send
 * the same {@code clientMessageId} again, as a real client would. Now and then it rates an answer, and after a
 * review acknowledgement it may leave for a while and come back (its answers then wait in the inbox and are
 * drained to the new connection). Every connection it ever had is kept, so the ledger sees every frame.
 */
final class SoakCustomer implements Runnable {

    /** A turn this customer started: when, what, and how often it had to be sent. */
    static final class Turn {
        final String clientMessageId;
        final String kind;
        final long sentNanos;
        volatile long firstReplyNanos;
        volatile String firstReplyType;
        volatile int attempts = 1;

        Turn(String clientMessageId, String kind, long sentNanos) {
            this.clientMessageId = clientMessageId;
            this.kind = kind;
            this.sentNanos = sentNanos;
        }
    }

    private static final Duration REPLY_WAIT = Duration.ofSeconds(20);
    /**
     * How long a customer keeps re-sending before giving up: longer than a restart of the only orchestrator here
     * (30-40 s on a busy machine; in AWS other tasks would take the turn at once).
     */
    private static final Duration PERSEVERANCE = Duration.ofMinutes(2);

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final String name;
    private final String token;
    private final URI gateway;
    private final URI feedback;
    private final Duration meanThink;
    private final double leaveChance;
    private final Random random;
    private final SoakCounters counters;
    private final AtomicBoolean asking = new AtomicBoolean(true);
    private final List<CustomerSocket> sockets = new CopyOnWriteArrayList<>();
    private final List<Turn> turns = new CopyOnWriteArrayList<>();
    /** messageId → clientMessageId, for frames that carry only the messageId (handoff, reviewed, delayed). */
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile CustomerSocket current;
    private long sequence;

    SoakCustomer(
            String name,
            String token,
            URI gateway,
            URI feedback,
            Duration meanThink,
            double leaveChance,
            long seed,
            SoakCounters counters) {
        this.name = name;
        this.token = token;
        this.gateway = gateway;
        this.feedback = feedback;
        this.meanThink = meanThink;
        this.leaveChance = leaveChance;
        this.random = new Random(seed);
        this.counters = counters;
    }

    String name() {
        return name;
    }

    List<Turn> turns() {
        return List.copyOf(turns);
    }

    List<CustomerSocket> sockets() {
        return List.copyOf(sockets);
    }

    Map<String, String> owners() {
        return Map.copyOf(owners);
    }

    /** Stops asking new questions (the loop ends after the turn in hand). */
    void stopAsking() {
        asking.set(false);
    }

    @Override
    public void run() {
        while (asking.get()) {
            try {
                connected();
                park(think());
                if (!asking.get()) {
                    return;
                }
                Turn turn = ask();
                if (turn != null
                        && "review_acknowledgment".equals(turn.firstReplyType)
                        && random.nextDouble() < leaveChance) {
                    leaveAndComeBack();
                }
            } catch (RuntimeException e) {
                counters.count("customer loop error: " + e.getClass().getSimpleName());
                park(Duration.ofSeconds(1));
            }
        }
    }

    /** Closes the connection and opens a new one (the inbox is drained to it), counted as a check-back. */
    void reconnect() {
        CustomerSocket socket = current;
        current = null;
        if (socket != null && socket.isOpen()) {
            socket.close();
        }
        counters.count("customers checked back during the drain");
        connected();
    }

    /** Connects again if not connected (the last thing the soak does before the drain, too). */
    void connected() {
        CustomerSocket socket = current;
        if (socket != null && socket.isOpen()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                CustomerSocket fresh = CustomerSocket.connect(gateway, token);
                sockets.add(fresh);
                current = fresh;
                return;
            } catch (RuntimeException e) {
                // $connect goes to the orchestrator: while it restarts, connecting fails
                counters.count("connect failed, retried");
                if (attempt >= 60) {
                    throw e;
                }
                park(Duration.ofSeconds(1));
            }
        }
    }

    private Turn ask() {
        long n = sequence++;
        String kind;
        String text;
        String lang;
        if (n % 4 == 3) {
            ReviewQuestions.Question question = ReviewQuestions.nth(random.nextInt(1000));
            kind = "review-" + question.expectedPriority();
            text = question.text();
            lang = question.lang();
        } else {
            QuestionMix.Question question = QuestionMix.question(random.nextInt(1000));
            kind = question.kind();
            text = question.text();
            lang = question.lang();
        }
        String clientMessageId = name + "-" + n;
        Turn turn = new Turn(clientMessageId, kind, System.nanoTime());
        turns.add(turn);
        counters.count("turns sent");
        long giveUpAt = turn.sentNanos + PERSEVERANCE.toNanos();
        for (int attempt = 1; System.nanoTime() < giveUpAt; attempt++) {
            if (attempt > 1) {
                park(backoff(attempt));
            }
            turn.attempts = attempt;
            CustomerSocket socket = current;
            long sentAt = System.nanoTime();
            try {
                socket.ask(clientMessageId, text, lang);
            } catch (RuntimeException e) {
                counters.count("send failed, resent");
                connected();
                continue;
            }
            Optional<CustomerSocket.Received> reply =
                    socket.await(r -> r.arrivedNanos() >= sentAt && isReplyTo(r, clientMessageId), REPLY_WAIT);
            if (reply.isEmpty()) {
                counters.count("no reply in " + REPLY_WAIT.toSeconds() + " s, resent");
                connected();
                continue;
            }
            CustomerSocket.Received received = reply.get();
            if (received.type() == null) {
                counters.count("gateway error (integration down), resent");
                continue;
            }
            if ("error".equals(received.type())) {
                counters.count("error " + received.text("code") + ", resent");
                continue;
            }
            if (received.messageId() != null) {
                owners.putIfAbsent(received.messageId(), clientMessageId);
            }
            turn.firstReplyType = received.type();
            turn.firstReplyNanos = received.arrivedNanos();
            if ("answer".equals(received.type()) && random.nextDouble() < 0.2) {
                rate(received.messageId());
            }
            return turn;
        }
        counters.count("gave up after " + PERSEVERANCE.toSeconds() + " s of re-sending");
        return turn;
    }

    /** 0.5 s, 1 s, 2 s, 4 s, then 5 s between attempts. */
    private static Duration backoff(int attempt) {
        long millis = 250L << Math.min(attempt - 1, 5);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    /**
     * The first reply to the turn in hand: anything carrying its clientMessageId, a handoff whose messageId no
     * earlier turn owns (handoffs carry only the messageId), or the gateway's own error (no type at all).
     */
    private boolean isReplyTo(CustomerSocket.Received r, String clientMessageId) {
        if (clientMessageId.equals(r.text("clientMessageId"))) {
            return true;
        }
        if ("handoff".equals(r.type()) && r.messageId() != null && !owners.containsKey(r.messageId())) {
            return true;
        }
        return r.type() == null && r.text("message") != null;
    }

    private void leaveAndComeBack() {
        CustomerSocket socket = current;
        current = null;
        socket.close();
        counters.count("customers left");
        park(Duration.ofSeconds(20 + random.nextInt(40)));
        if (asking.get()) {
            connected();
            counters.count("customers came back");
        }
    }

    private void rate(String messageId) {
        String body = "{\"messageId\":\"" + messageId + "\",\"type\":\"BINARY\",\"signal\":\"UP\"}";
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(feedback.resolve("/api/feedback"))
                                .timeout(Duration.ofSeconds(5))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                counters.count("feedback " + response.statusCode());
                if (response.statusCode() < 500) {
                    return;
                }
            } catch (java.io.IOException e) {
                counters.count("feedback unreachable, retried");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            park(Duration.ofSeconds(2));
        }
    }

    private Duration think() {
        double mean = meanThink.toMillis();
        return Duration.ofMillis((long) Math.min(5 * mean, -Math.log(1 - random.nextDouble()) * mean));
    }

    private static void park(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
