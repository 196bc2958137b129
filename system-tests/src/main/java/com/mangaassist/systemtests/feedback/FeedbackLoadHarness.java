package com.mangaassist.systemtests.feedback;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.systemtests.LocalClients;
import com.mangaassist.systemtests.RunningSuite;
import com.mangaassist.systemtests.ServiceModule;
import com.mangaassist.systemtests.review.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Feedback intake throughput through the local stack: {@code --customers} customers (half established
 * buyers, half new accounts), each with {@code --per-customer} answered turns seeded into {@code messages},
 * rate thumbs up and down over {@code POST /api/feedback} from {@code --concurrency} closed-loop clients for
 * {@code --duration} seconds after {@code --warmup}. Every signal is the first on its message, so each
 * one runs the whole path: consistent read of the message, quarantine lookup, two token buckets in Redis,
 * account profile, signal history, reputation, the conditional put. Prints throughput, status counts and
 * latency percentiles; asserts nothing.
 *
 * <p>Starts the suite itself (catalog limit 200), or attaches to a running one with {@code --attach
 * FEEDBACK_URL ISSUER_URL DYNAMODB_URL} and {@code --prefix} (default {@code local}).
 */
public final class FeedbackLoadHarness {

    private FeedbackLoadHarness() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        int customers = Integer.parseInt(options.getOrDefault("customers", "3000"));
        int perCustomer = Integer.parseInt(options.getOrDefault("per-customer", "10"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "32"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        RunningSuite suite = null;
        URI feedback;
        URI issuer;
        URI dynamoEndpoint;
        String prefix;
        if (options.containsKey("attach")) {
            String[] urls = options.get("attach").split(" ");
            feedback = URI.create(urls[0]);
            issuer = URI.create(urls[1]);
            dynamoEndpoint = URI.create(urls[2]);
            prefix = options.getOrDefault("prefix", "local");
        } else {
            Path root = Path.of(System.getProperty("mangaassist.root", "."))
                    .toAbsolutePath()
                    .normalize();
            System.out.println("starting the suite (logs in system-tests/target/feedback-load-logs) ...");
            suite = RunningSuite.start(
                    root, root.resolve("system-tests/target/feedback-load-logs"), new RunningSuite.Options(null, 200));
            LocalAwsEndpoints stack = suite.stack();
            feedback = suite.service(ServiceModule.FEEDBACK);
            issuer = stack.issuer();
            dynamoEndpoint = stack.dynamoDb();
            prefix = stack.prefix();
        }
        try {
            run(
                    feedback,
                    issuer,
                    dynamoEndpoint,
                    prefix,
                    customers,
                    perCustomer,
                    concurrency,
                    duration,
                    warmup,
                    Clock.systemUTC());
        } finally {
            if (suite != null) {
                suite.close();
            }
        }
        // the HTTP client's and the seeders' pools are not daemon threads
        System.exit(0);
    }

    private record Signal(String token, String messageId, String signal) {}

    private static void run(
            URI feedback,
            URI issuer,
            URI dynamoEndpoint,
            String prefix,
            int customers,
            int perCustomer,
            int concurrency,
            int duration,
            int warmup,
            Clock clock)
            throws InterruptedException {
        Instant now = clock.instant();
        String run = Long.toString(now.toEpochMilli(), 36);
        ConcurrentLinkedQueue<Signal> work = new ConcurrentLinkedQueue<>();
        long seedStart = System.nanoTime();
        try (DynamoDbClient dynamoDb = LocalClients.dynamoDb(dynamoEndpoint)) {
            FeedbackSeeds seeds = new FeedbackSeeds(dynamoDb, prefix);
            List<FeedbackSeeds.Turn> turns = java.util.Collections.synchronizedList(new ArrayList<>());
            List<List<Signal>> byCustomer = new ArrayList<>();
            for (int c = 0; c < customers; c++) {
                byCustomer.add(null);
            }
            ExecutorService seeders = Executors.newFixedThreadPool(8);
            for (int c = 0; c < customers; c++) {
                int customer = c;
                seeders.submit(() -> {
                    String user = "load-" + run + "-" + customer;
                    boolean established = customer % 2 == 0;
                    seeds.customer(user, established, now.minus(Duration.ofDays(established ? 400 : 3)));
                    String token = Tokens.mint(issuer, user, List.of("customer"));
                    List<Signal> signals = new ArrayList<>();
                    for (int m = 0; m < perCustomer; m++) {
                        String messageId = "load-m-" + run + "-" + customer + "-" + m;
                        turns.add(new FeedbackSeeds.Turn(
                                messageId,
                                "load-s-" + run + "-" + customer,
                                user,
                                m % 3 == 0 ? "availability" : "general",
                                "Is One Piece volume 108 in stock?",
                                "Yes, One Piece volume 108 is in stock."));
                        signals.add(new Signal(token, messageId, m % 4 == 0 ? "DOWN" : "UP"));
                    }
                    synchronized (byCustomer) {
                        byCustomer.set(customer, signals);
                    }
                });
            }
            seeders.shutdown();
            if (!seeders.awaitTermination(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("seeding did not finish");
            }
            seeds.turns(turns, now);
            // interleave customers so concurrent clients rarely share a bucket
            for (int m = 0; m < perCustomer; m++) {
                for (List<Signal> signals : byCustomer) {
                    work.add(signals.get(m));
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "seeded %d customers and %d turns in %.1f s%n",
                customers,
                work.size(),
                (System.nanoTime() - seedStart) / 1e9);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4))
                .build();
        Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(30), 3);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong measured = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(duration);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        URI endpoint = feedback.resolve("/api/feedback");
        for (int i = 0; i < concurrency; i++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    Signal signal = work.poll();
                    if (signal == null) {
                        return;
                    }
                    HttpRequest request = HttpRequest.newBuilder(endpoint)
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + signal.token())
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"messageId\":\"" + signal.messageId()
                                    + "\",\"type\":\"BINARY\",\"signal\":\"" + signal.signal() + "\"}"))
                            .build();
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (java.io.IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long done = System.nanoTime();
                    if (sent >= measureFrom && done <= end) {
                        latency.recordValue(Math.max(1, (done - sent) / 1_000));
                        measured.incrementAndGet();
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(warmup + duration + 60L, TimeUnit.SECONDS);
        double seconds = Math.min(System.nanoTime(), end) - measureFrom;
        seconds /= 1e9;
        System.out.printf(
                Locale.ROOT,
                "%nfeedback intake, %d concurrent clients, %d s measured after %d s warm-up%n",
                concurrency,
                duration,
                warmup);
        System.out.printf(Locale.ROOT, "  signals measured   %d (%.1f/s)%n", measured.get(), measured.get() / seconds);
        System.out.printf(Locale.ROOT, "  statuses           %s%n", new TreeMap<>(statuses));
        System.out.printf(
                Locale.ROOT,
                "  latency ms         p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(90) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0,
                latency.getValueAtPercentile(99.9) / 1000.0,
                latency.getMaxValue() / 1000.0);
        if (work.isEmpty()) {
            System.out.println("  (ran out of seeded turns before the end: raise --customers)");
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("attach")) {
                options.put(name, args[i + 1] + " " + args[i + 2] + " " + args[i + 3]);
                i += 3;
            } else {
                options.put(name, args[++i]);
            }
        }
        return options;
    }
}
