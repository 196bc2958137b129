package com.mangaassist.systemtests.review;

import com.mangaassist.systemtests.RunningSuite;
import com.mangaassist.systemtests.ServiceModule;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * Load run of the human review loop through the local stack: customers ask review-bound questions
 * through the gateway at a fixed rate (open loop), the orchestrator promises and starts a review
 * workflow per turn, review-queue-service takes the tasks, simulated reviewers decide, the
 * delivery-watchdog delivers. Optionally a share of the reviewers vanishes mid-run (runbook scenario
 * 1). Every 10 s it prints the queue's own signals ({@code GET /api/reviews/stats}); at the end queue
 * waits per priority (task created → claimed) p50/p99, SLA breach rate per priority (decided after
 * {@code slaDueAt}) and what the customers received, then the review path's latencies (issue 12):
 * decision → {@code reviewed_response}, workflow timeout → {@code delayed_response}, final outcomes per turn.
 *
 * <p>{@code --workflow-timeout-seconds S} gives the orchestrator's review workflow that timeout for every
 * priority (production: 300 s); with {@code --reviewers 0} nobody decides and every turn takes the timeout
 * path. {@code --timeout-burst N} sends N review-bound questions as fast as the suite takes them with no
 * reviewers, so their timeouts fall due close together; with {@code --hold-watchdog on} the delivery-watchdog's JVM
 * is stopped (SIGSTOP) for the whole burst and continued (SIGCONT) once every timeout has fallen due, so all of
 * them wait on the deliveries queue at once and the report shows how fast one watchdog drains them. Backpressure (threshold-service relaxing the
 * thresholds when the queue grows) is off in runs without reviewers unless {@code --backpressure on}.
 *
 * <pre>
 * java -cp … com.mangaassist.systemtests.review.ReviewLoadHarness --rate 3.33 --minutes 5 --reviewers 15 \
 *     --handling-seconds 3 [--cut-at-minutes 2.5 --cut-fraction 0.6] [--root ..]
 * java -cp … ReviewLoadHarness --reviewers 0 --rate 2 --minutes 1 --workflow-timeout-seconds 20
 * java -cp … ReviewLoadHarness --timeout-burst 500 --customers 50 --workflow-timeout-seconds 120
 * java -cp … ReviewLoadHarness --timeout-burst 5000 --customers 100 --workflow-timeout-seconds 60 --hold-watchdog on
 * </pre>
 */
public final class ReviewLoadHarness {

    /** How a run is shaped. */
    public record Options(
            double ratePerSecond,
            Duration duration,
            int reviewers,
            Duration meanHandling,
            Duration cutAt,
            double cutFraction,
            int customers,
            Duration drain,
            Duration workflowTimeout,
            int timeoutBurst,
            boolean backpressure,
            boolean holdWatchdog) {}

    /** How long after the last final outcome a burst run keeps listening for doubled ones. */
    private static final Duration DUPLICATE_GRACE = Duration.ofSeconds(15);

    private final RunningSuite suite;
    private final Options options;
    private final PrintStream out;
    private final Clock clock;
    private final ReviewPathLatencies latencies;

    public ReviewLoadHarness(RunningSuite suite, Options options, PrintStream out, Clock clock) {
        this.suite = suite;
        this.options = options;
        this.out = out;
        this.clock = clock;
        this.latencies = new ReviewPathLatencies(out, clock.instant(), System.nanoTime());
    }

    public static void main(String[] args) {
        Map<String, String> flags = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            flags.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        double cutAtMinutes = Double.parseDouble(flags.getOrDefault("cut-at-minutes", "0"));
        int burst = Integer.parseInt(flags.getOrDefault("timeout-burst", "0"));
        int reviewers = burst > 0 ? 0 : Integer.parseInt(flags.getOrDefault("reviewers", "15"));
        long timeoutSeconds = Long.parseLong(flags.getOrDefault("workflow-timeout-seconds", burst > 0 ? "120" : "0"));
        Duration workflowTimeout = timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds) : null;
        double drainMinutes = workflowTimeout == null ? 2 : Math.max(2, timeoutSeconds / 60.0 + 1);
        Options options = new Options(
                Double.parseDouble(flags.getOrDefault("rate", "3.33")),
                minutes(Double.parseDouble(flags.getOrDefault("minutes", "5"))),
                reviewers,
                Duration.ofMillis((long) (1000 * Double.parseDouble(flags.getOrDefault("handling-seconds", "3")))),
                cutAtMinutes > 0 ? minutes(cutAtMinutes) : null,
                Double.parseDouble(flags.getOrDefault("cut-fraction", "0.6")),
                Integer.parseInt(flags.getOrDefault("customers", "40")),
                minutes(Double.parseDouble(flags.getOrDefault("drain-minutes", Double.toString(drainMinutes)))),
                workflowTimeout,
                burst,
                "on".equals(flags.getOrDefault("backpressure", reviewers == 0 ? "off" : "on")),
                "on".equals(flags.getOrDefault("hold-watchdog", "off")));
        Path root = Path.of(flags.getOrDefault("root", ".")).toAbsolutePath().normalize();
        try (RunningSuite suite =
                RunningSuite.start(root, root.resolve("system-tests/target/review-load-logs"), suiteOptions(options))) {
            new ReviewLoadHarness(suite, options, System.out, Clock.systemUTC()).run();
        }
    }

    /**
     * Production review settings, except the workflow timeout when one is given (with the review queue's
     * workflow heartbeats at a third of it when it is under the orchestrator's 60 s heartbeat, the documented
     * pairing) and backpressure when it is off.
     */
    static RunningSuite.Options suiteOptions(Options options) {
        RunningSuite.Options suite = new RunningSuite.Options(null, 1500);
        if (options.workflowTimeout() != null) {
            long seconds = options.workflowTimeout().toSeconds();
            suite = suite.withArguments(
                    ServiceModule.ORCHESTRATOR,
                    Stream.of("P1", "P2", "P3", "P4")
                            .map(p -> "--mangaassist.followup.workflow-timeout." + p + "=" + seconds + "s")
                            .toArray(String[]::new));
            if (seconds < 60) {
                suite = suite.withArguments(
                        ServiceModule.REVIEW_QUEUE,
                        "--mangaassist.review.jobs.heartbeat-interval=" + Math.max(1, seconds / 3) + "s");
            }
        }
        if (!options.backpressure()) {
            suite = suite.withArguments(
                    ServiceModule.THRESHOLD, "--mangaassist.threshold.protection.backpressure.enabled=false");
        }
        return suite;
    }

    private static Duration minutes(double minutes) {
        return Duration.ofMillis((long) (minutes * 60_000));
    }

    /** Runs the load and prints the report; returns the reviewers' records. */
    public List<SimulatedReviewer.Handled> run() {
        URI issuer = suite.stack().issuer();
        URI reviewQueue = suite.service(ServiceModule.REVIEW_QUEUE);
        StaffClient oncall = new StaffClient(reviewQueue, Tokens.mint(issuer, "oncall-load", List.of("oncall")));

        List<CustomerSocket> customers = new ArrayList<>();
        for (int i = 0; i < options.customers(); i++) {
            String token = Tokens.mint(issuer, "load-customer-" + i, List.of("customer"));
            customers.add(CustomerSocket.connect(suite.stack().gatewayWebSocket(), token));
        }
        WorkflowExecutions workflows = new WorkflowExecutions(
                suite.stack().stepFunctions(), suite.stack().prefix());
        if (options.timeoutBurst() > 0) {
            runBurst(oncall, customers, workflows);
            customers.forEach(CustomerSocket::close);
            return List.of();
        }
        List<SimulatedReviewer> reviewers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.reviewers(); i++) {
            String name = "load-reviewer-" + i;
            SimulatedReviewer reviewer = new SimulatedReviewer(
                    name,
                    new StaffClient(reviewQueue, Tokens.mint(issuer, name, List.of("reviewer"))),
                    options.meanHandling(),
                    clock,
                    i);
            reviewer.checkIn();
            reviewers.add(reviewer);
            Thread thread = new Thread(reviewer, name);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);

        out.println("stats columns: priority depth/oldest waiting age/SLA breach rate");
        out.printf(
                "review load: %.2f questions/s for %s, %d reviewers (mean handling %s), %d customers%s; %s%n",
                options.ratePerSecond(),
                options.duration(),
                options.reviewers(),
                options.meanHandling(),
                options.customers(),
                options.cutAt() == null
                        ? ""
                        : String.format(
                                ", %.0f %% of reviewers vanish at %s", options.cutFraction() * 100, options.cutAt()),
                settings());
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        long periodMicros = (long) (1_000_000 / options.ratePerSecond());
        long start = System.nanoTime();
        scheduler.scheduleAtFixedRate(
                () -> {
                    long n = sent.getAndIncrement();
                    ReviewQuestions.Question question = ReviewQuestions.nth(n);
                    String clientMessageId = "load-" + n;
                    sentAt.put(clientMessageId, System.nanoTime());
                    try {
                        customers
                                .get((int) (n % customers.size()))
                                .ask(clientMessageId, question.text(), question.lang());
                    } catch (RuntimeException e) {
                        out.println("send failed: " + e);
                    }
                },
                0,
                periodMicros,
                TimeUnit.MICROSECONDS);
        scheduler.scheduleAtFixedRate(() -> sample(oncall, start), 10, 10, TimeUnit.SECONDS);
        if (options.cutAt() != null) {
            scheduler.schedule(
                    () -> {
                        int vanish = (int) Math.round(reviewers.size() * options.cutFraction());
                        out.printf("%6.0fs  %d of %d reviewers vanish%n", seconds(start), vanish, reviewers.size());
                        reviewers.subList(0, vanish).forEach(SimulatedReviewer::vanish);
                    },
                    options.cutAt().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        LockSupport.parkNanos(options.duration().toNanos());
        scheduler.shutdownNow();
        long questions = sent.get();
        out.printf(
                "%6.0fs  arrivals stop after %d questions; draining up to %s%n",
                seconds(start), questions, options.drain());

        ScheduledExecutorService drainSampler = Executors.newSingleThreadScheduledExecutor();
        drainSampler.scheduleAtFixedRate(() -> sample(oncall, start), 10, 10, TimeUnit.SECONDS);
        long drainDeadline = System.nanoTime() + options.drain().toNanos();
        while (System.nanoTime() < drainDeadline && finals(customers) < acknowledgements(customers)) {
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        drainSampler.shutdownNow();
        reviewers.forEach(SimulatedReviewer::vanish);

        List<SimulatedReviewer.Handled> handled = new ArrayList<>();
        reviewers.forEach(r -> handled.addAll(r.handled()));
        report(questions, customers, handled, reviewers, sentAt);
        List<ReviewPathLatencies.Turn> turns = ReviewPathLatencies.turns(customers);
        out.println();
        out.println("== review path latencies ==");
        latencies.printOutcomesPerTurn(turns);
        latencies.printDecisionLags(handled, turns);
        latencies.printTimeoutLags(turns, workflows);
        customers.forEach(CustomerSocket::close);
        return handled;
    }

    private String settings() {
        return String.format(
                "workflow timeout %s, backpressure %s",
                options.workflowTimeout() == null
                        ? "300 s (production)"
                        : options.workflowTimeout().toSeconds() + " s",
                options.backpressure() ? "on" : "off");
    }

    /**
     * The timeout burst: no reviewers, {@link Options#timeoutBurst()} questions as fast as the suite takes them,
     * then waits for every acknowledged turn's final outcome (up to the timeout plus the drain), listens a while
     * longer for doubled ones, and reports outcomes per turn and the timeout lags.
     */
    private void runBurst(StaffClient oncall, List<CustomerSocket> customers, WorkflowExecutions workflows) {
        out.printf(
                "timeout burst: %d questions over %d customers (closed loop per connection), no reviewers; %s%n",
                options.timeoutBurst(), customers.size(), settings());
        long start = System.nanoTime();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> sample(oncall, start), 10, 10, TimeUnit.SECONDS);
        ProcessHandle watchdog = suite.jvm(ServiceModule.DELIVERY_WATCHDOG);
        if (options.holdWatchdog()) {
            RunningSuite.signal(watchdog, "STOP");
            out.printf("%6.0fs  delivery-watchdog stopped (SIGSTOP, pid %d)%n", seconds(start), watchdog.pid());
        }
        TimeoutBurst.Sent sent = TimeoutBurst.send(customers, options.timeoutBurst(), out);
        out.printf(
                "%6.0fs  burst sent %d questions in %.1f s (%.1f/s), replies %s, send failures %d%n",
                seconds(start),
                sent.questions(),
                sent.seconds(),
                sent.questions() / Math.max(1e-3, sent.seconds()),
                sent.replies(),
                sent.failures().size());
        Long resumedEpochMicros = null;
        if (options.holdWatchdog()) {
            // every workflow started before the sending ended; a few seconds more for the stand-in's timers to fire
            long allDue =
                    sent.endNanos() + options.workflowTimeout().plusSeconds(5).toNanos();
            LockSupport.parkNanos(Math.max(0, allDue - System.nanoTime()));
            resumedEpochMicros = clock.instant().toEpochMilli() * 1_000;
            RunningSuite.signal(watchdog, "CONT");
            out.printf("%6.0fs  every timeout has fallen due; delivery-watchdog continued (SIGCONT)%n", seconds(start));
        }
        long deadline = System.nanoTime()
                + options.workflowTimeout().plus(options.drain()).toNanos();
        while (System.nanoTime() < deadline && finals(customers) < acknowledgements(customers)) {
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        out.printf(
                "%6.0fs  %d of %d acknowledged turns finished; listening %s more for doubled outcomes%n",
                seconds(start), finals(customers), acknowledgements(customers), DUPLICATE_GRACE);
        LockSupport.parkNanos(DUPLICATE_GRACE.toNanos());
        sampler.shutdownNow();

        Map<String, Long> received = new TreeMap<>();
        customers.forEach(c -> c.received().forEach(r -> received.merge(r.type(), 1L, Long::sum)));
        List<ReviewPathLatencies.Turn> turns = ReviewPathLatencies.turns(customers);
        out.println();
        out.println("== timeout burst report ==");
        out.printf("questions sent %d, customers received %s%n", sent.questions(), received);
        if (!sent.failures().isEmpty()) {
            out.printf(
                    "send failures e.g. %s%n", sent.failures().stream().limit(5).toList());
        }
        latencies.printOutcomesPerTurn(turns);
        ReviewPathLatencies.TimeoutLags lags = latencies.printTimeoutLags(turns, workflows);
        latencies.printBurstSpan(lags, resumedEpochMicros);
        out.printf("finished at %s%n", clock.instant());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private void sample(StaffClient oncall, long start) {
        try {
            StaffClient.Reply stats = oncall.get("/api/reviews/stats");
            out.printf(
                    "%6.0fs  stats %s%n",
                    seconds(start), stats.status() == 200 ? compact(stats.body()) : stats.status());
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) { // an interrupted sample is the sampler stopping
                out.printf("%6.0fs  stats unavailable: %s%n", seconds(start), e.getMessage());
            }
        }
    }

    /** The snapshot's numbers on one line: depth, per priority depth/oldest age/SLA breach rate, rates, staffing. */
    static String compact(JsonNode stats) {
        StringBuilder line = new StringBuilder();
        line.append("depth ").append(stats.path("depth").asInt());
        JsonNode perPriority = stats.path("perPriority");
        for (String priority : List.of("P1", "P2", "P3", "P4")) {
            JsonNode p = perPriority.path(priority);
            line.append(String.format(
                    " | %s %d/%ds/%.2f",
                    priority,
                    p.path("depth").asInt(),
                    p.path("oldestAgeSeconds").asLong(),
                    p.path("slaBreachRate").asDouble()));
        }
        line.append(String.format(
                " | in %.0f/min out %.0f/min | reviewers %d (min %d) | unchanged %.2f",
                stats.path("arrivalsPerMinute").asDouble(),
                stats.path("completionsPerMinute").asDouble(),
                stats.path("activeReviewers").asInt(),
                stats.path("minimumStaffing").asInt(),
                stats.path("approvedUnchangedRate").asDouble()));
        return line.toString();
    }

    private static long acknowledgements(List<CustomerSocket> customers) {
        return customers.stream()
                .flatMap(c -> c.received().stream())
                .filter(r -> "review_acknowledgment".equals(r.type()))
                .count();
    }

    private static long finals(List<CustomerSocket> customers) {
        return customers.stream()
                .flatMap(c -> c.received().stream())
                .filter(r -> isFinal(r.type()))
                .map(CustomerSocket.Received::messageId)
                .distinct()
                .count();
    }

    private static boolean isFinal(String type) {
        return "reviewed_response".equals(type) || "delayed_response".equals(type) || "handoff".equals(type);
    }

    private void report(
            long questions,
            List<CustomerSocket> customers,
            List<SimulatedReviewer.Handled> handled,
            List<SimulatedReviewer> reviewers,
            Map<String, Long> sentAt) {
        Map<String, Histogram> waits = new TreeMap<>();
        Map<String, long[]> breaches = new TreeMap<>();
        long accepted = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        for (SimulatedReviewer.Handled h : handled) {
            statuses.merge(h.decisionStatus(), 1L, Long::sum);
            if (h.decisionStatus() / 100 != 2) {
                continue;
            }
            accepted++;
            waits.computeIfAbsent(h.priority(), p -> new Histogram(3_600_000L, 3))
                    .recordValue(Math.max(0, Math.min(3_600_000L, h.waited().toMillis())));
            long[] b = breaches.computeIfAbsent(h.priority(), p -> new long[2]);
            b[0]++;
            if (h.breachedSla()) {
                b[1]++;
            }
        }
        Map<String, Long> received = new TreeMap<>();
        Histogram endToEnd = new Histogram(3_600_000L, 3);
        for (CustomerSocket customer : customers) {
            Map<String, String> clientIdByMessage = new java.util.HashMap<>();
            for (CustomerSocket.Received r : customer.received()) {
                received.merge(r.type(), 1L, Long::sum);
                if ("review_acknowledgment".equals(r.type())) {
                    clientIdByMessage.put(r.messageId(), r.text("clientMessageId"));
                }
            }
            for (CustomerSocket.Received r : customer.received()) {
                if ("reviewed_response".equals(r.type())) {
                    Long sent = sentAt.get(clientIdByMessage.get(r.messageId()));
                    if (sent != null) {
                        endToEnd.recordValue(Math.min(3_600_000L, (r.arrivedNanos() - sent) / 1_000_000));
                    }
                }
            }
        }
        long acks = received.getOrDefault("review_acknowledgment", 0L);
        out.println();
        out.println("== review load report ==");
        out.printf("questions sent %d, customers received %s%n", questions, received);
        out.printf(
                "acknowledged %d, finished (reviewed/delayed/handoff) %d, still waiting at the end %d%n",
                acks, finals(customers), acks - finals(customers));
        out.printf("decisions by status %s (accepted %d)%n", statuses, accepted);
        out.println("priority  decided  wait p50 ms  wait p99 ms  wait max ms  SLA breach");
        for (Map.Entry<String, Histogram> e : waits.entrySet()) {
            long[] b = breaches.get(e.getKey());
            out.printf(
                    "%-8s  %7d  %11d  %11d  %11d  %9.3f%n",
                    e.getKey(),
                    b[0],
                    e.getValue().getValueAtPercentile(50),
                    e.getValue().getValueAtPercentile(99),
                    e.getValue().getMaxValue(),
                    b[0] == 0 ? 0.0 : (double) b[1] / b[0]);
        }
        if (endToEnd.getTotalCount() > 0) {
            out.printf(
                    "customer: question → reviewed_response p50 %d ms, p99 %d ms (%d)%n",
                    endToEnd.getValueAtPercentile(50), endToEnd.getValueAtPercentile(99), endToEnd.getTotalCount());
        }
        long failures = reviewers.stream().mapToLong(r -> r.failures().size()).sum();
        out.printf("reviewer call failures %d%s%n", failures, failures == 0 ? "" : " e.g. " + firstFailures(reviewers));
        out.printf("finished at %s%n", clock.instant());
    }

    private static List<String> firstFailures(List<SimulatedReviewer> reviewers) {
        return reviewers.stream().flatMap(r -> r.failures().stream()).limit(5).toList();
    }
}
