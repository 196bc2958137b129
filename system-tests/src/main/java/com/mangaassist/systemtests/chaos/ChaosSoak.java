package com.mangaassist.systemtests.chaos;

import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.RunningSuite;
import com.mangaassist.systemtests.ServiceModule;
import com.mangaassist.systemtests.review.SimulatedReviewer;
import com.mangaassist.systemtests.review.StaffClient;
import com.mangaassist.systemtests.review.Tokens;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The chaos soak (issue 14): customers chat through the gateway — answers, reviews worked by simulated
 * reviewers, handoffs, feedback, customers leaving and coming back — while a schedule, one fault at a time,
 * SIGKILLs and restarts each service in turn (orchestrator, review-queue-service, delivery-watchdog,
 * feedback-service, threshold-service), replaces Redis with an empty one, and pauses the DynamoDB and Step
 * Functions stand-ins (SIGSTOP/SIGCONT) long enough to trip timeouts. Then it stops asking, brings every
 * customer back, drains, and accounts for every turn ({@link SoakLedger}), the review tasks left open and the
 * dead-letter queues, and prints the report: load held, faults survived, outcomes by kind, latencies
 * before/during/after each fault.
 *
 * <p>Run against a suite of its own: {@code java -cp ... com.mangaassist.systemtests.chaos.ChaosSoak --minutes
 * 60} (docs/RELIABILITY.md); {@code ChaosSoakSystemTest} runs a 10-minute version on the shared suite.
 */
public final class ChaosSoak {

    /** What one soak does. */
    public record Options(
            Duration duration,
            int customers,
            Duration meanThink,
            int reviewers,
            Duration meanHandling,
            Duration faultEvery,
            Duration reviewTimeout,
            double leaveChance) {

        public Options {
            if (customers < 1 || reviewers < 1 || duration.isNegative() || faultEvery.isZero()) {
                throw new IllegalArgumentException("a soak needs customers, reviewers, a duration and a fault period");
            }
        }
    }

    /** One fault: what was done, when it started and when everything was back. */
    public record FaultWindow(String what, long startNanos, long endNanos) {

        Duration length() {
            return Duration.ofNanos(endNanos - startNanos);
        }
    }

    /** What a soak found; {@link #report()} is what it printed. */
    public record Result(
            int turns,
            int lost,
            int shownTwice,
            long droppedBelow,
            long unattributed,
            Map<String, Long> outcomes,
            List<FaultWindow> faults,
            int reviewTasksOpen,
            Map<String, Integer> deadLetters,
            Map<String, Long> events,
            String report) {}

    private static final Duration PHASE = Duration.ofSeconds(30);
    /** How often a customer still waiting for an answer during the drain opens the app again. */
    private static final Duration CHECK_BACK = Duration.ofSeconds(15);

    private static final Duration STAND_IN_PAUSE_DYNAMODB = Duration.ofSeconds(5);
    private static final Duration STAND_IN_PAUSE_STEPFUNCTIONS = Duration.ofSeconds(10);

    private final RunningSuite suite;
    private final Options options;
    private final PrintStream out;
    private final SoakCounters counters = new SoakCounters();
    private final List<FaultWindow> faults = new ArrayList<>();
    private long start;

    public ChaosSoak(RunningSuite suite, Options options, PrintStream out) {
        this.suite = suite;
        this.options = options;
        this.out = out;
    }

    /** The faults in the order the schedule applies them, cycled. */
    private List<Map.Entry<String, Runnable>> schedule() {
        List<Map.Entry<String, Runnable>> schedule = new ArrayList<>();
        for (ServiceModule service : List.of(
                ServiceModule.ORCHESTRATOR,
                ServiceModule.REVIEW_QUEUE,
                ServiceModule.DELIVERY_WATCHDOG,
                ServiceModule.FEEDBACK,
                ServiceModule.THRESHOLD)) {
            schedule.add(Map.entry("SIGKILL + restart " + service.module(), () -> suite.killAndRestart(service)));
            if (service == ServiceModule.REVIEW_QUEUE) {
                schedule.add(Map.entry("Redis replaced (empty)", suite::restartRedis));
            }
            if (service == ServiceModule.DELIVERY_WATCHDOG) {
                schedule.add(Map.entry(
                        "DynamoDB stand-in paused " + STAND_IN_PAUSE_DYNAMODB.toSeconds() + " s",
                        () -> suite.pauseStandIn("dynalite", STAND_IN_PAUSE_DYNAMODB)));
            }
        }
        schedule.add(Map.entry(
                "Step Functions stand-in paused " + STAND_IN_PAUSE_STEPFUNCTIONS.toSeconds() + " s",
                () -> suite.pauseStandIn("stepfunctions", STAND_IN_PAUSE_STEPFUNCTIONS)));
        return schedule;
    }

    public Result run() {
        URI issuer = suite.stack().issuer();
        URI reviewQueue = suite.service(ServiceModule.REVIEW_QUEUE);
        start = System.nanoTime();
        out.printf(
                "chaos soak: %s, %d customers (mean think %s), %d reviewers (mean handling %s), a fault every %s%n",
                options.duration(),
                options.customers(),
                options.meanThink(),
                options.reviewers(),
                options.meanHandling(),
                options.faultEvery());

        List<SimulatedReviewer> reviewers = new ArrayList<>();
        for (int i = 0; i < options.reviewers(); i++) {
            String name = "soak-reviewer-" + i;
            SimulatedReviewer reviewer = new SimulatedReviewer(
                    name,
                    new StaffClient(reviewQueue, Tokens.mint(issuer, name, List.of("reviewer"))),
                    options.meanHandling(),
                    Clock.systemUTC(),
                    i);
            reviewer.checkIn();
            reviewers.add(reviewer);
            daemon(reviewer, name).start();
        }
        List<SoakCustomer> customers = new ArrayList<>();
        List<Thread> customerThreads = new ArrayList<>();
        for (int i = 0; i < options.customers(); i++) {
            String name = "soak-c" + i;
            SoakCustomer customer = new SoakCustomer(
                    name,
                    Tokens.mintWithEmail(issuer, name, List.of("customer"), name + "@soak.example"),
                    suite.stack().gatewayWebSocket(),
                    suite.service(ServiceModule.FEEDBACK),
                    options.meanThink(),
                    options.leaveChance(),
                    1000L + i,
                    counters);
            customers.add(customer);
            Thread thread = daemon(customer, name);
            customerThreads.add(thread);
            thread.start();
        }

        List<Map.Entry<String, Runnable>> schedule = schedule();
        long end = start + options.duration().toNanos();
        for (int k = 0; ; k++) {
            long next = start + options.faultEvery().toNanos() * (k + 1);
            // the last fault leaves a period of calm before the end: its "after" latencies and its recovery count
            if (next + options.faultEvery().toNanos() > end) {
                break;
            }
            LockSupport.parkNanos(next - System.nanoTime());
            Map.Entry<String, Runnable> fault = schedule.get(k % schedule.size());
            long faultStart = System.nanoTime();
            out.printf("%6.0fs  fault: %s%n", seconds(faultStart), fault.getKey());
            try {
                fault.getValue().run();
            } catch (RuntimeException e) {
                out.printf("%6.0fs  fault FAILED: %s%n", seconds(System.nanoTime()), e);
                counters.count("fault failed: " + fault.getKey());
            }
            long faultEnd = System.nanoTime();
            faults.add(new FaultWindow(fault.getKey(), faultStart, faultEnd));
            out.printf(
                    "%6.0fs  recovered after %.1f s; turns so far %d%n",
                    seconds(faultEnd), (faultEnd - faultStart) / 1e9, counters.get("turns sent"));
        }
        LockSupport.parkNanos(Math.max(0, end - System.nanoTime()));

        customers.forEach(SoakCustomer::stopAsking);
        out.printf(
                "%6.0fs  customers stop asking; %d turns sent%n",
                seconds(System.nanoTime()), counters.get("turns sent"));
        for (Thread thread : customerThreads) {
            join(thread, Duration.ofMinutes(4));
        }
        customers.forEach(SoakCustomer::connected);
        Duration drain = options.reviewTimeout().plusSeconds(60);
        long drainEnd = System.nanoTime() + drain.toNanos();
        long nextCheckBack = System.nanoTime() + CHECK_BACK.toNanos();
        while (System.nanoTime() < drainEnd) {
            List<SoakLedger.Account> waiting = SoakLedger.of(customers).lost();
            if (waiting.isEmpty()) {
                break;
            }
            if (System.nanoTime() >= nextCheckBack) {
                // a customer still waiting opens the app again, as people do: an answer that reached the inbox after
                // their last connect (its post found the old connection gone) is drained to the new one
                waiting.stream()
                        .map(SoakLedger.Account::customer)
                        .distinct()
                        .forEach(name -> customers.stream()
                                .filter(c -> c.name().equals(name))
                                .forEach(SoakCustomer::reconnect));
                nextCheckBack = System.nanoTime() + CHECK_BACK.toNanos();
            }
            LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
        }
        // a while longer: a doubled outcome arrives after the first
        LockSupport.parkNanos(Duration.ofSeconds(5).toNanos());
        out.printf("%6.0fs  drained (up to %s after the last turn)%n", seconds(System.nanoTime()), drain);
        reviewers.forEach(SimulatedReviewer::vanish);

        SoakLedger ledger = SoakLedger.of(customers);
        StaffClient reviewerView =
                new StaffClient(reviewQueue, Tokens.mint(issuer, "soak-auditor", List.of("reviewer")));
        int open = openTasks(reviewerView, "PENDING") + openTasks(reviewerView, "CLAIMED");
        Map<String, Integer> deadLetters = deadLetters();
        String report = report(ledger, reviewers, open, deadLetters);
        out.println(report);
        customers.forEach(c -> c.sockets().forEach(s -> {
            if (s.isOpen()) {
                s.close();
            }
        }));
        return new Result(
                ledger.accounts().size(),
                ledger.lost().size(),
                ledger.shownTwice().size(),
                ledger.droppedBelow(),
                ledger.unattributedTotal(),
                ledger.outcomes(),
                List.copyOf(faults),
                open,
                deadLetters,
                counters.snapshot(),
                report);
    }

    private String report(
            SoakLedger ledger, List<SimulatedReviewer> reviewers, int openTasks, Map<String, Integer> deadLetters) {
        StringBuilder r = new StringBuilder();
        List<SoakLedger.Account> accounts = ledger.accounts();
        double seconds = options.duration().toSeconds();
        r.append("\n== chaos soak report ==\n");
        r.append(String.format(
                Locale.ROOT,
                "load held: %d turns in %.0f s (%.2f turns/s) from %d customers%n",
                accounts.size(),
                seconds,
                accounts.size() / seconds,
                options.customers()));
        r.append(String.format("faults survived: %d%n", faults.size()));
        for (FaultWindow fault : faults) {
            r.append(String.format(
                    Locale.ROOT,
                    "  %6.0fs  %-45s back after %5.1f s   first-reply p50/p99 ms: before %s | during %s | after %s%n",
                    (fault.startNanos() - start) / 1e9,
                    fault.what(),
                    fault.length().toMillis() / 1e3,
                    latencies(accounts, t -> t >= fault.startNanos() - PHASE.toNanos() && t < fault.startNanos()),
                    latencies(accounts, t -> t >= fault.startNanos() && t < fault.endNanos()),
                    latencies(accounts, t -> t >= fault.endNanos() && t < fault.endNanos() + PHASE.toNanos())));
        }
        r.append(String.format("first-reply p50/p99 ms over the whole soak: %s%n", latencies(accounts, t -> true)));
        r.append(String.format("outcomes by kind (first final outcome per turn): %s%n", ledger.outcomes()));
        r.append(
                String.format("attempts per turn (re-sends after gateway errors or silence): %s%n", ledger.attempts()));
        r.append(String.format("LOST (no final outcome): %d%n", ledger.lost().size()));
        ledger.lost().stream()
                .limit(10)
                .forEach(a -> r.append(String.format(
                        "  lost %s (%s, %d attempts, first reply %s)%n",
                        a.turn().clientMessageId, a.turn().kind, a.turn().attempts, a.turn().firstReplyType)));
        r.append(String.format(
                "shown to the customer twice: %d%n", ledger.shownTwice().size()));
        ledger.shownTwice().stream()
                .limit(10)
                .forEach(a ->
                        r.append(String.format("  twice %s: %s%n", a.turn().clientMessageId, a.finalsByMessageId())));
        r.append(String.format(
                "duplicates below the customer (same messageId and kind again, dropped by the client): %d%n",
                ledger.droppedBelow()));
        r.append(String.format("final frames no turn owns: %s%n", ledger.unattributed()));
        long decided = reviewers.stream().mapToLong(rv -> rv.handled().size()).sum();
        long reviewerFailures =
                reviewers.stream().mapToLong(rv -> rv.failures().size()).sum();
        r.append(String.format(
                "reviewers: %d tasks decided, %d failed calls (services down)%n", decided, reviewerFailures));
        r.append(String.format("review tasks still PENDING or CLAIMED after the drain: %d%n", openTasks));
        r.append(String.format("dead-letter queues: %s%n", deadLetters));
        r.append(String.format("events: %s%n", counters.snapshot()));
        return r.toString();
    }

    /** p50/p99 of send → first reply (ms) of the turns first sent when {@code sentAt} holds, and how many. */
    private static String latencies(List<SoakLedger.Account> accounts, LongPredicate sentAt) {
        Histogram histogram = new Histogram(3_600_000L, 3);
        long unanswered = 0;
        for (SoakLedger.Account account : accounts) {
            SoakCustomer.Turn turn = account.turn();
            if (!sentAt.test(turn.sentNanos)) {
                continue;
            }
            if (turn.firstReplyNanos == 0) {
                unanswered++;
                continue;
            }
            histogram.recordValue(
                    Math.max(0, Math.min(3_600_000L, (turn.firstReplyNanos - turn.sentNanos) / 1_000_000)));
        }
        if (histogram.getTotalCount() == 0) {
            return unanswered == 0 ? "-" : "none of " + unanswered + " replied";
        }
        return String.format(
                Locale.ROOT,
                "%d/%d (n=%d%s)",
                histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(99),
                histogram.getTotalCount(),
                unanswered == 0 ? "" : ", " + unanswered + " never");
    }

    private int openTasks(StaffClient reviewer, String status) {
        StaffClient.Reply reply = reviewer.get("/api/reviews?status=" + status + "&limit=100");
        if (reply.status() != 200) {
            throw new IllegalStateException("review queue view answered " + reply.status() + " " + reply.raw());
        }
        return reply.body().get("count").asInt();
    }

    /** Messages in every dead-letter queue of the suite; the bodies of any (cut short) are printed. */
    private Map<String, Integer> deadLetters() {
        Map<String, Integer> counts = new TreeMap<>();
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(suite.stack().sqs())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            for (QueueDefinition queue : Resources.queues()) {
                String url = sqs.getQueueUrl(b ->
                                b.queueName(queue.physicalDlqName(suite.stack().prefix())))
                        .queueUrl();
                Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(url)
                                .attributeNames(
                                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                        .attributes();
                int count = Stream.of(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)
                        .mapToInt(name -> Integer.parseInt(attributes.getOrDefault(name, "0")))
                        .sum();
                counts.put(queue.dlqName(), count);
                if (count > 0) {
                    for (Message message : sqs.receiveMessage(
                                    b -> b.queueUrl(url).maxNumberOfMessages(3).visibilityTimeout(0))
                            .messages()) {
                        String body = message.body();
                        out.printf("  in %s: %s%n", queue.dlqName(), body.substring(0, Math.min(300, body.length())));
                    }
                }
            }
        }
        return counts;
    }

    private double seconds(long nanos) {
        return (nanos - start) / 1e9;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void join(Thread thread, Duration timeout) {
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * A soak on a suite of its own: {@code --minutes M} (default 60), {@code --customers N} (30), {@code
     * --think-seconds S} (8), {@code --reviewers R} (4), {@code --fault-every-seconds F} (60), {@code
     * --review-timeout-seconds T} (60). Logs in {@code system-tests/target/chaos-soak-logs}.
     */
    public static void main(String[] args) {
        Map<String, String> given = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Duration reviewTimeout = Duration.ofSeconds(Long.parseLong(given.getOrDefault("review-timeout-seconds", "60")));
        Options options = new Options(
                Duration.ofMinutes(Long.parseLong(given.getOrDefault("minutes", "60"))),
                Integer.parseInt(given.getOrDefault("customers", "30")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("think-seconds", "8"))),
                Integer.parseInt(given.getOrDefault("reviewers", "4")),
                Duration.ofSeconds(4),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("fault-every-seconds", "60"))),
                reviewTimeout,
                0.15);
        Path root = Path.of(System.getProperty("mangaassist.root", "."))
                .toAbsolutePath()
                .normalize();
        Result result;
        try (RunningSuite suite = RunningSuite.start(
                root, root.resolve("system-tests/target/chaos-soak-logs"), suiteOptions(reviewTimeout))) {
            result = new ChaosSoak(suite, options, System.out).run();
        }
        // after the suite has stopped: System.exit would skip its close
        System.exit(result.lost() > 0 || result.shownTwice() > 0 ? 1 : 0);
    }

    /** The suite for a soak: the review workflow timing out after {@code reviewTimeout}, leases of 15 s. */
    public static RunningSuite.Options suiteOptions(Duration reviewTimeout) {
        long seconds = reviewTimeout.toSeconds();
        return new RunningSuite.Options(null, 1500)
                .withArguments(
                        ServiceModule.ORCHESTRATOR,
                        Stream.of("P1", "P2", "P3", "P4")
                                .map(p -> "--mangaassist.followup.workflow-timeout." + p + "=" + seconds + "s")
                                .toArray(String[]::new))
                .withArguments(
                        ServiceModule.REVIEW_QUEUE,
                        "--mangaassist.review.lease.duration=15s",
                        "--mangaassist.review.jobs.heartbeat-interval=" + Math.max(1, seconds / 3) + "s");
    }
}
