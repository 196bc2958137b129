package com.mangaassist.localaws.sqs;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.process.FreePorts;
import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQS stand-in: ElasticMQ running inside this JVM, bound to a free loopback port. Queue URLs carry
 * that host and port ({@code http://127.0.0.1:<port>/000000000000/<queue>}) and ARNs use {@code us-east-1},
 * so the unmodified AWS SDK works against it. Every request passes {@link SqsReplayFront} first (the advertised
 * endpoint and the host of the queue URLs), which can replay every send for the replay drill.
 *
 * <p>Known gaps: ElasticMQ does not report {@code ApproximateAgeOfOldestMessage}, so age-of-oldest alarms
 * cannot be exercised locally; it accepts but ignores {@code MessageRetentionPeriod} (messages stay until
 * deleted or the stand-in stops) and does not return it from {@code GetQueueAttributes}.
 */
public final class ElasticMqStandIn implements StandIn {

    /** The account id ElasticMQ puts in queue URLs and ARNs. */
    static final String ACCOUNT_ID = "000000000000";

    private static final Logger log = LoggerFactory.getLogger(ElasticMqStandIn.class);
    private static final String REGION = "us-east-1";
    private static final String HOST = "127.0.0.1";
    private static final int START_ATTEMPTS = 3;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private ActorSystem actorSystem;
    private SQSRestServer server;
    private SqsReplayFront front;
    private URI endpoint;
    private final java.util.function.LongSupplier replayDelayMillis;

    /** ElasticMQ with replayed copies delayed at random by 0 to {@link SqsReplayFront#MAX_REPLAY_DELAY}. */
    public ElasticMqStandIn() {
        this(null);
    }

    /** ElasticMQ whose replayed copies wait {@code replayDelayMillis} each (tests: a chosen order). */
    ElasticMqStandIn(java.util.function.LongSupplier replayDelayMillis) {
        this.replayDelayMillis = replayDelayMillis;
    }

    @Override
    public String name() {
        return "sqs";
    }

    /** Starts ElasticMQ and blocks until it accepts requests. */
    @Override
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("ElasticMQ already started");
        }
        long started = System.nanoTime();
        SqsReplayFront replayFront;
        try {
            replayFront = replayDelayMillis == null ? SqsReplayFront.start() : SqsReplayFront.start(replayDelayMillis);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the SQS front did not start", e);
        }
        int frontPort = replayFront.endpoint().getPort();
        for (int attempt = 1; ; attempt++) {
            // A port chosen free beforehand rather than port 0: with port 0 the queue URLs learn the bound
            // port only asynchronously, after start returns.
            int port = FreePorts.next();
            // Our own actor system: ElasticMQ does not terminate the one it creates when binding fails.
            ActorSystem system = ActorSystem.create("elasticmq");
            SQSRestServer candidate = SQSRestServerBuilder.withActorSystem(system)
                    .withInterface(HOST)
                    .withPort(port)
                    // queue URLs name the front, so that a client sending to a queue URL passes it too
                    .withServerAddress(new NodeAddress("http", HOST, frontPort, ""))
                    .withAWSRegion(REGION)
                    .withAWSAccountId(ACCOUNT_ID)
                    .start();
            try {
                candidate.waitUntilStarted();
            } catch (RuntimeException e) {
                terminate(system);
                if (attempt < START_ATTEMPTS && isBindFailure(e)) {
                    log.debug("port {} was taken before ElasticMQ bound it; trying another", port);
                    continue;
                }
                replayFront.close();
                throw new IllegalStateException("ElasticMQ did not start on " + HOST + ":" + port, e);
            }
            actorSystem = system;
            server = candidate;
            replayFront.forwardTo(URI.create("http://" + HOST + ":" + port));
            front = replayFront;
            endpoint = replayFront.endpoint();
            log.info(
                    "ElasticMQ listening on {} behind {}, started in {} ms",
                    port,
                    endpoint,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return;
        }
    }

    @Override
    public synchronized URI endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("ElasticMQ not started");
        }
        return endpoint;
    }

    /**
     * Switches the replay drill on or off: while on, every message sent to any queue is enqueued a second time after a
     * random delay of up to {@link SqsReplayFront#MAX_REPLAY_DELAY} (see {@link SqsReplayFront}).
     */
    public synchronized void setReplay(boolean on) {
        if (front == null) {
            throw new IllegalStateException("ElasticMQ not started");
        }
        front.setReplay(on);
    }

    /** Whether replay is on, and how many copies were sent since start: {@code twice 12} or {@code off 0}. */
    public synchronized String replayState() {
        if (front == null) {
            throw new IllegalStateException("ElasticMQ not started");
        }
        return (front.replay() ? "twice" : "off") + " " + front.replayedCopies();
    }

    /** Unbinds the port and terminates ElasticMQ's actor system; every queue and message is gone. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        SQSRestServer stopping = server;
        server = null;
        front.close();
        front = null;
        try {
            stopping.stopAndWait();
        } finally {
            terminate(actorSystem);
            actorSystem = null;
        }
        log.debug("ElasticMQ stopped");
    }

    private static void terminate(ActorSystem system) {
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("ElasticMQ's actor system did not terminate within {}", STOP_TIMEOUT);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ElasticMQ's actor system failed to terminate", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }
}
