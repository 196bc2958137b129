package com.mangaassist.systemtests.load;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.RunningSuite;
import com.mangaassist.systemtests.load.LoadOptions.Attach;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An open-loop chat load generator for the whole suite: {@code C} customers, each with a connection
 * and token of their own, send {@code sendMessage} turns at a fixed total rate through the gateway,
 * cycling through a mix of English and Japanese questions ({@link QuestionMix}). Turn {@code i} is due
 * at {@code start + i / rate} and goes to connection {@code i mod C}; its latency runs from that
 * intended time to its reply, so a slow turn cannot hide the wait of those queued behind it
 * (coordinated omission). Replies are correlated by {@code clientMessageId}, and handoffs (which carry
 * none) by there being one turn in flight per connection. After the run, every tenth reply's
 * {@code messages} record is read for {@code pipeline_latency_ms} and {@code model_latency_ms}, so the
 * report also shows end-to-end latency without the foundation model's time.
 *
 * <p>Run it from the project root after {@code ./mvnw -o -q install -DskipTests}; it starts the suite
 * itself (temporary OpenSearch, first 1,500 catalog rows, logs in {@code system-tests/target/load-logs}):
 *
 * <pre>{@code
 * java -cp "system-tests/target/classes:$(cat system-tests/target/suite.classpath)" \
 *   com.mangaassist.systemtests.load.ChatLoadHarness --rate 50 --connections 20 --duration 60 --warmup 10
 * }</pre>
 *
 * <p>Or drive a suite already running (e.g. from {@code ./run-local}); {@code --dynamodb} (and
 * {@code --prefix}, default {@code local}) come from the {@code LOCAL_AWS_READY} line in
 * {@code .local-run/local-aws.log} and are needed only for the FM-time breakdown:
 *
 * <pre>{@code
 * java -cp "system-tests/target/classes:$(cat system-tests/target/suite.classpath)" \
 *   com.mangaassist.systemtests.load.ChatLoadHarness --attach ws://127.0.0.1:PORT http://127.0.0.1:PORT \
 *   [--dynamodb http://127.0.0.1:PORT] [--prefix local]
 * }</pre>
 *
 * <p>Other options: {@code --turn-timeout S} (default 30) and {@code --sample-every N} (default 10).
 * A benchmark, not a test: it prints numbers and asserts nothing.
 */
public final class ChatLoadHarness {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration START_LEAD = Duration.ofMillis(500);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(10);

    /** Where the load goes and where its turns are recorded. */
    private record Target(String description, URI gatewayWebSocket, URI issuer, Optional<URI> dynamoDb, String prefix) {

        static Target of(Attach attach) {
            return new Target(
                    "attached to " + attach.gatewayWebSocket(),
                    attach.gatewayWebSocket(),
                    attach.issuer(),
                    attach.dynamoDb(),
                    attach.prefix());
        }

        static Target of(LocalAwsEndpoints stack, Path logDir) {
            return new Target(
                    "suite started here (first 1,500 catalog rows; logs in " + logDir + ")",
                    stack.gatewayWebSocket(),
                    stack.issuer(),
                    Optional.of(stack.dynamoDb()),
                    stack.prefix());
        }
    }

    private ChatLoadHarness() {}

    public static void main(String[] args) throws InterruptedException {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.attach().isPresent()) {
            run(options, Target.of(options.attach().get()));
            return;
        }
        Path root = Path.of(System.getProperty("mangaassist.root", "."))
                .toAbsolutePath()
                .normalize();
        Path logDir = root.resolve("system-tests/target/load-logs");
        System.out.println("Starting the suite (logs in " + logDir + ") ...");
        try (RunningSuite suite = RunningSuite.start(root, logDir, new RunningSuite.Options(null, 1500))) {
            run(options, Target.of(suite.stack(), logDir));
        }
    }

    private static void run(LoadOptions options, Target target) throws InterruptedException {
        String runId = "L" + HexFormat.of().formatHex(nextBytes(4));
        LoadRecorder recorder = new LoadRecorder(options.sampleEvery());
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, task -> {
            Thread thread = new Thread(task, "load-scheduler-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(4, task -> {
                    Thread thread = new Thread(task, "load-websocket-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
        try {
            List<LoadConnection> connections = connect(options, target, runId, recorder, scheduler, http);
            Schedule schedule =
                    new Schedule(options, runId, recorder, connections, System.nanoTime() + START_LEAD.toNanos());
            recorder.window(schedule.measuredStartNanos, schedule.measuredEndNanos);
            ScheduledFuture<?> ticker = scheduler.scheduleAtFixedRate(
                    schedule::fireDue, START_LEAD.toNanos(), schedule.periodNanos, TimeUnit.NANOSECONDS);
            ScheduledFuture<?> progress = scheduler.scheduleAtFixedRate(
                    () -> schedule.printProgress(System.err),
                    PROGRESS_INTERVAL.toNanos(),
                    PROGRESS_INTERVAL.toNanos(),
                    TimeUnit.NANOSECONDS);
            System.out.printf(
                    "Sending %.1f turns/s over %d connections: %s s warm-up, then %s s measured ...%n",
                    options.rate(),
                    options.connections(),
                    LoadReport.seconds(options.warmup().toMillis()),
                    LoadReport.seconds(options.duration().toMillis()));
            await(
                    schedule.allScheduled,
                    options.warmup().plus(options.duration()).plus(DRAIN_GRACE),
                    "the schedule did not finish in time");
            ticker.cancel(false);
            recorder.schedulingDone();
            Duration drainTimeout = options.turnTimeout().plus(DRAIN_GRACE);
            if (!settled(recorder.drained(), drainTimeout)) {
                System.err.printf(
                        "%d turns still unsettled %s s after the last was due; counting them as unfinished%n",
                        recorder.unsettled(), LoadReport.seconds(drainTimeout.toMillis()));
                connections.forEach(LoadConnection::abandon);
            }
            progress.cancel(false);
            long measuredEnd = Math.max(schedule.measuredEndNanos, recorder.lastMeasuredReplyNanos());
            double measuredSeconds = (measuredEnd - schedule.measuredStartNanos) / 1e9;
            closeAll(connections, recorder);
            Optional<TurnRecords.Breakdown> breakdown = target.dynamoDb().map(endpoint -> {
                try (DynamoDbClient dynamoDb = dynamoDb(endpoint)) {
                    return TurnRecords.read(
                            dynamoDb, Resources.MESSAGES.physicalName(target.prefix()), recorder.samples());
                }
            });
            LoadReport.print(
                    System.out,
                    options,
                    target.description(),
                    recorder,
                    measuredSeconds,
                    breakdown,
                    "attached without --dynamodb");
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static List<LoadConnection> connect(
            LoadOptions options,
            Target target,
            String runId,
            LoadRecorder recorder,
            ScheduledThreadPoolExecutor scheduler,
            HttpClient http)
            throws InterruptedException {
        List<LoadConnection> connections = new ArrayList<>();
        for (int i = 0; i < options.connections(); i++) {
            String userId = "u-load-" + runId + "-" + i;
            String token = LocalAws.token(target.issuer(), userId, "customer");
            connections.add(LoadConnection.open(
                    http, target.gatewayWebSocket(), userId, token, recorder, scheduler, options.turnTimeout()));
        }
        return connections;
    }

    private static void closeAll(List<LoadConnection> connections, LoadRecorder recorder) throws InterruptedException {
        List<CompletableFuture<?>> closes = new ArrayList<>();
        for (LoadConnection connection : connections) {
            closes.add(connection.close().whenComplete((ignored, failure) -> {
                if (failure != null) {
                    recorder.event(
                            "closing handshake failed: " + failure.getClass().getSimpleName());
                }
            }));
        }
        settled(CompletableFuture.allOf(closes.toArray(CompletableFuture[]::new)), Duration.ofSeconds(10));
    }

    private static void await(CompletableFuture<?> future, Duration timeout, String message)
            throws InterruptedException {
        if (!settled(future, timeout)) {
            throw new IllegalStateException(message + " (within " + timeout + ")");
        }
        if (future.isCompletedExceptionally()) {
            future.join();
        }
    }

    /** Whether {@code future} finished, normally or not, within {@code timeout}. */
    private static boolean settled(CompletableFuture<?> future, Duration timeout) throws InterruptedException {
        try {
            future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException failedButDone) {
            return true;
        } catch (TimeoutException notYet) {
            return false;
        }
    }

    private static DynamoDbClient dynamoDb(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    private static byte[] nextBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The open-loop schedule: turn {@code i} is due at {@code start + i * period}, whatever came before. */
    private static final class Schedule {

        private final String runId;
        private final LoadRecorder recorder;
        private final List<LoadConnection> connections;
        private final long startNanos;
        private final long periodNanos;
        private final long warmupTurns;
        private final long totalTurns;
        private final long measuredStartNanos;
        private final long measuredEndNanos;
        private final CompletableFuture<Void> allScheduled = new CompletableFuture<>();
        private long next;

        Schedule(
                LoadOptions options,
                String runId,
                LoadRecorder recorder,
                List<LoadConnection> connections,
                long startNanos) {
            this.runId = runId;
            this.recorder = recorder;
            this.connections = connections;
            this.startNanos = startNanos;
            this.periodNanos = options.periodNanos();
            this.warmupTurns = options.warmupTurns();
            this.totalTurns = warmupTurns + options.measuredTurns();
            this.measuredStartNanos = startNanos + warmupTurns * periodNanos;
            this.measuredEndNanos = startNanos + totalTurns * periodNanos;
        }

        /**
         * Submits every turn due by now; runs on the scheduler, late runs catch up. A failure here would
         * silently stop the schedule, so it fails {@link #allScheduled} (and with it the run) instead.
         */
        synchronized void fireDue() {
            try {
                submitDue(System.nanoTime());
            } catch (RuntimeException | Error e) {
                allScheduled.completeExceptionally(e);
                throw e;
            }
        }

        private void submitDue(long now) {
            if (now < startNanos) {
                return;
            }
            long due = Math.min(totalTurns, (now - startNanos) / periodNanos + 1);
            for (; next < due; next++) {
                Turn turn = new Turn(
                        next,
                        runId + "-" + next,
                        QuestionMix.question(next),
                        startNanos + next * periodNanos,
                        next >= warmupTurns);
                recorder.scheduled(turn);
                connections.get((int) (next % connections.size())).submit(turn);
            }
            if (next == totalTurns) {
                allScheduled.complete(null);
            }
        }

        void printProgress(PrintStream out) {
            long sent;
            synchronized (this) {
                sent = next;
            }
            out.printf(
                    "  %5.0f s: %d of %d turns due, %d replied (%d measured), %d awaiting a reply or queued%n",
                    (System.nanoTime() - startNanos) / 1e9,
                    sent,
                    totalTurns,
                    recorder.warmupCompleted() + recorder.measuredCompleted(),
                    recorder.measuredCompleted(),
                    recorder.unsettled());
        }
    }
}
