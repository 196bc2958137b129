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
 * so the unmodified AWS SDK works against it.
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
    private URI endpoint;

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
        for (int attempt = 1; ; attempt++) {
            // A port chosen free beforehand rather than port 0: with port 0 the queue URLs learn the bound
            // port only asynchronously, after start returns.
            int port = FreePorts.next();
            // Our own actor system: ElasticMQ does not terminate the one it creates when binding fails.
            ActorSystem system = ActorSystem.create("elasticmq");
            SQSRestServer candidate = SQSRestServerBuilder.withActorSystem(system)
                    .withInterface(HOST)
                    .withPort(port)
                    .withServerAddress(new NodeAddress("http", HOST, port, ""))
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
                throw new IllegalStateException("ElasticMQ did not start on " + HOST + ":" + port, e);
            }
            actorSystem = system;
            server = candidate;
            endpoint = URI.create("http://" + HOST + ":" + port);
            log.info(
                    "ElasticMQ listening on {}, started in {} ms",
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

    /** Unbinds the port and terminates ElasticMQ's actor system; every queue and message is gone. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        SQSRestServer stopping = server;
        server = null;
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
