package com.mangaassist.systemtests;

import static org.awaitility.Awaitility.await;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdAttributes;
import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.StaffClient;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * One replay of runbook scenario 1 through the running suite: customers ask at a steady rate through the
 * gateway, {@code reviewers} work the queue over the reviewer API, and at the "peak" {@code leaving} of them
 * check out at once (the shift gap); after {@code peak} they check in again and the traffic goes on for
 * {@code recovery}. Every {@code sampleEvery} it records the review service's queue signals, the backpressure
 * level and forecast of a threshold-service instance, and the thresholds in force. At the end it reads what
 * happened to every turn from the {@code messages} and {@code review-tasks} tables and from what each
 * customer's socket received ({@link BacklogRun}).
 */
final class BacklogReplay {

    enum Phase {
        WARM,
        PEAK,
        RECOVERY
    }

    /** What a turn is in the mix and which customers ask it. */
    enum Kind {
        /** A VIP customer's order-status question: P1, confidence 0.78–0.79, under order_status's 0.88. */
        VIP_ORDER_STATUS(true),
        /** Money: P1 whatever the thresholds; refund is never relaxed. */
        REFUND(false),
        /** Protected, low band: reviewed at P3. */
        COMPLAINT(false),
        /** Protected, low band: reviewed at P3. */
        LEGAL(false),
        /** An ordinary customer's order-status question: P2, relaxable like the VIP ones. */
        ORDER_STATUS(false),
        /** A recommendation the model is unsure of (low band): reviewed at P4 even when relaxed. */
        LOW_BAND_RECOMMENDATION(false),
        /** Answered at once in every run. */
        GENERAL(false);

        final boolean vip;

        Kind(boolean vip) {
            this.vip = vip;
        }
    }

    record Question(Kind kind, String lang, String text) {}

    /**
     * The mix, cycled in order (24 turns): 15 VIP order-status questions (confidence 0.783–0.792 with the
     * local model: below order_status's auto-respond 0.88, above the ELEVATED relaxation's 0.78), 4 refunds,
     * one complaint, one legal question, one ordinary order-status question, one low-band recommendation
     * (0.40) and one general question (0.93). Without relaxation 23 of 24 turns are reviewed, 19 of them at P1.
     */
    static final List<Question> MIX = mix();

    private static List<Question> mix() {
        List<Question> vipOrders = List.of(
                new Question(Kind.VIP_ORDER_STATUS, "en", "Where is my order #48213? It hasn't arrived."),
                new Question(Kind.VIP_ORDER_STATUS, "en", "Has my order shipped yet?"),
                new Question(Kind.VIP_ORDER_STATUS, "ja", "注文番号48213の配送状況を教えてください"),
                new Question(Kind.VIP_ORDER_STATUS, "en", "When will order 55120 be delivered?"),
                new Question(Kind.VIP_ORDER_STATUS, "ja", "注文した商品はいつ届きますか？"));
        List<Question> refunds = List.of(
                new Question(Kind.REFUND, "en", "I want a refund for my order, the book arrived damaged."),
                new Question(Kind.REFUND, "ja", "破損していたので返金してください"),
                new Question(Kind.REFUND, "en", "Please refund order #77102, I was charged twice."),
                new Question(Kind.REFUND, "ja", "二重に請求されています。返金をお願いします"));
        List<Question> others = List.of(
                new Question(Kind.COMPLAINT, "en", "I am very unhappy with your customer service."),
                new Question(Kind.LOW_BAND_RECOMMENDATION, "ja", "泣ける漫画を紹介してほしい"),
                new Question(Kind.LEGAL, "en", "How do you handle my personal data under GDPR?"),
                new Question(Kind.ORDER_STATUS, "en", "Has my order shipped yet?"),
                new Question(Kind.GENERAL, "en", "What are your store hours?"));
        // spread evenly: V = VIP order status, R = refund, then the others once each
        List<Question> cycle = new ArrayList<>();
        int v = 0;
        int r = 0;
        int o = 0;
        for (char slot : "VVRVoVVVRoVVoVRVoVVVRoVV".toCharArray()) {
            cycle.add(
                    switch (slot) {
                        case 'V' -> vipOrders.get(v++ % vipOrders.size());
                        case 'R' -> refunds.get(r++ % refunds.size());
                        default -> others.get(o++);
                    });
        }
        return List.copyOf(cycle);
    }

    /**
     * How a replay is shaped.
     *
     * @param questionsPerSecond the customers' steady rate (open loop)
     * @param warm before the gap, every reviewer on duty
     * @param peak the gap: {@code leaving} reviewers away
     * @param recovery after they are back, traffic still flowing
     * @param leaving how many of the reviewers leave
     * @param readingTime a reviewer's fixed time per task
     * @param sampleEvery how often signals, level and thresholds are recorded
     * @param finalsWithin how long after the traffic stops every customer must have a final answer
     */
    record Settings(
            double questionsPerSecond,
            Duration warm,
            Duration peak,
            Duration recovery,
            int leaving,
            Duration readingTime,
            Duration sampleEvery,
            Duration finalsWithin) {}

    /** One customer turn as sent. */
    record Turn(String clientMessageId, Question question, Phase phase, CustomerSocket customer, long sentNanos) {}

    /**
     * What was seen at one moment: the review queue's depth (total and per priority) and active reviewers,
     * the threshold instance's backpressure level and forecast depth (at its forecast horizon), and the
     * thresholds in force: the effective auto-respond minimum of order_status, whether every category was at
     * its active values, and any sign of a relaxed protected category (an override in its stored item, or
     * effective values other than its active ones).
     */
    record Sample(
            double second,
            Phase phase,
            long depth,
            Map<String, Long> depthPerPriority,
            int activeReviewers,
            String level,
            long forecastDepth,
            double orderStatusAutoRespondMin,
            boolean thresholdsAtActive,
            List<String> protectedViolations) {}

    private final RunningSuite suite;
    private final DynamoDbClient dynamoDb;
    private final Settings settings;
    private final List<PacedReviewer> reviewers;
    private final List<CustomerSocket> vips;
    private final List<CustomerSocket> regulars;
    private final StaffClient reviewOncall;
    private final StaffClient thresholdsReader;
    private final PrintStream out;
    private final Clock clock;

    BacklogReplay(
            RunningSuite suite,
            DynamoDbClient dynamoDb,
            Settings settings,
            List<PacedReviewer> reviewers,
            List<CustomerSocket> vips,
            List<CustomerSocket> regulars,
            StaffClient reviewOncall,
            StaffClient thresholdsReader,
            PrintStream out,
            Clock clock) {
        this.suite = suite;
        this.dynamoDb = dynamoDb;
        this.settings = settings;
        this.reviewers = reviewers;
        this.vips = vips;
        this.regulars = regulars;
        this.reviewOncall = reviewOncall;
        this.thresholdsReader = thresholdsReader;
        this.out = out;
        this.clock = clock;
    }

    /**
     * Runs one replay; {@code levels} is the threshold instance whose backpressure level and forecast are
     * recorded. After the traffic stops and every customer has a final answer, keeps sampling until
     * {@code settled} holds (at most {@code settleWithin}), then reads the outcome.
     */
    BacklogRun run(String label, StaffClient levels, Predicate<List<Sample>> settled, Duration settleWithin) {
        String prefix = "s1-" + label + "-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        List<Turn> turns = new CopyOnWriteArrayList<>();
        List<Sample> samples = new CopyOnWriteArrayList<>();
        List<String> events = new CopyOnWriteArrayList<>();
        AtomicReference<Phase> phase = new AtomicReference<>(Phase.WARM);
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        Instant startedAt = clock.instant();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(3);
        CompletableFuture<Void> trafficStopped = new CompletableFuture<>();
        AtomicReference<Instant> reviewersLeftAt = new AtomicReference<>();
        AtomicReference<Instant> reviewersBackAt = new AtomicReference<>();
        try {
            reviewers.forEach(PacedReviewer::checkIn);
            ScheduledFuture<?> sampling = scheduler.scheduleAtFixedRate(
                    () -> sample(levels, start, phase.get(), samples),
                    0,
                    settings.sampleEvery().toMillis(),
                    TimeUnit.MILLISECONDS);
            long periodMicros = Math.round(1_000_000 / settings.questionsPerSecond());
            ScheduledFuture<?> traffic = scheduler.scheduleAtFixedRate(
                    () -> ask(prefix, sent.getAndIncrement(), phase.get(), turns),
                    0,
                    periodMicros,
                    TimeUnit.MICROSECONDS);
            List<PacedReviewer> leavers = reviewers.subList(0, settings.leaving());
            scheduler.schedule(
                    () -> {
                        phase.set(Phase.PEAK);
                        reviewersLeftAt.set(clock.instant());
                        leavers.forEach(this::leave);
                        events.add(String.format(
                                "%5.0fs  %d of %d reviewers check out (shift gap)",
                                seconds(start), leavers.size(), reviewers.size()));
                    },
                    settings.warm().toMillis(),
                    TimeUnit.MILLISECONDS);
            scheduler.schedule(
                    () -> {
                        phase.set(Phase.RECOVERY);
                        leavers.forEach(PacedReviewer::checkIn);
                        reviewersBackAt.set(clock.instant());
                        events.add(String.format(
                                "%5.0fs  the %d reviewers check in again", seconds(start), leavers.size()));
                    },
                    settings.warm().plus(settings.peak()).toMillis(),
                    TimeUnit.MILLISECONDS);
            scheduler.schedule(
                    () -> {
                        traffic.cancel(false);
                        events.add(
                                String.format("%5.0fs  traffic stops after %d questions", seconds(start), sent.get()));
                        trafficStopped.complete(null);
                    },
                    settings.warm()
                            .plus(settings.peak())
                            .plus(settings.recovery())
                            .toMillis(),
                    TimeUnit.MILLISECONDS);

            Duration trafficTime = settings.warm().plus(settings.peak()).plus(settings.recovery());
            await().atMost(trafficTime.plusSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(trafficStopped::isDone);
            try {
                await().atMost(settings.finalsWithin())
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> everyTurnAnswered(turns));
                events.add(String.format("%5.0fs  every customer has a final answer", seconds(start)));
            } catch (ConditionTimeoutException e) {
                events.add(String.format(
                        "%5.0fs  NOT every customer has a final answer within %s",
                        seconds(start), settings.finalsWithin()));
            }
            try {
                await().atMost(settleWithin.plusSeconds(1))
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> settled.test(List.copyOf(samples)));
                events.add(String.format("%5.0fs  settled", seconds(start)));
            } catch (ConditionTimeoutException e) {
                events.add(String.format("%5.0fs  NOT settled within %s", seconds(start), settleWithin));
            }
            sampling.cancel(false);
        } finally {
            scheduler.shutdownNow();
        }
        return BacklogRun.collect(
                label,
                settings,
                startedAt,
                reviewersLeftAt.get(),
                reviewersBackAt.get(),
                List.copyOf(turns),
                List.copyOf(samples),
                List.copyOf(events),
                reviewers,
                dynamoDb,
                suite.stack().prefix(),
                prefix);
    }

    /** On-call checks out anyone still checked in who is not one of this replay's reviewers (earlier tests'). */
    int clearRoster() {
        Set<String> mine = new HashSet<>();
        reviewers.forEach(r -> mine.add(r.id()));
        int cleared = 0;
        for (JsonNode reviewer : reviewOncall.get("/api/reviewers").body().path("reviewers")) {
            String id = reviewer.path("reviewerId").asString();
            if (reviewer.path("checkedIn").asBoolean() && !mine.contains(id)) {
                reviewOncall.post(
                        "/api/runbook/reviewers/" + id + "/force-check-out",
                        Map.of("reason", "scenario 1 replay: roster left over from earlier tests", "dryRun", false));
                cleared++;
            }
        }
        return cleared;
    }

    /** Every reviewer stops and checks out (on-call checks out those the staffing guard keeps on). */
    void endShift() {
        reviewers.forEach(this::leave);
    }

    private void leave(PacedReviewer reviewer) {
        StaffClient.Reply reply = reviewer.checkOut();
        if (reply.status() == 409 && "BELOW_MINIMUM_STAFFING".equals(reply.code())) {
            // the staffing guard keeps the last ones on at JST peak: on-call checks them out, as when they vanish
            reviewer.stop();
            StaffClient.Reply forced = reviewOncall.post(
                    "/api/runbook/reviewers/" + reviewer.id() + "/force-check-out",
                    Map.of("reason", "scenario 1 replay: shift gap", "dryRun", false));
            if (forced.status() != 200) {
                throw new IllegalStateException("force check-out of " + reviewer.id() + ": " + forced.raw());
            }
        } else if (reply.status() != 200 && !"NOT_CHECKED_IN".equals(reply.code())) {
            throw new IllegalStateException("check-out of " + reviewer.id() + ": " + reply.raw());
        }
    }

    private void ask(String prefix, long n, Phase phase, List<Turn> turns) {
        Question question = MIX.get((int) (n % MIX.size()));
        List<CustomerSocket> pool = question.kind().vip ? vips : regulars;
        CustomerSocket customer = pool.get((int) (n % pool.size()));
        String clientMessageId = prefix + n;
        turns.add(new Turn(clientMessageId, question, phase, customer, System.nanoTime()));
        try {
            customer.ask(clientMessageId, question.text(), question.lang());
        } catch (RuntimeException e) {
            out.println("send failed: " + e);
        }
    }

    private void sample(StaffClient levels, long start, Phase phase, List<Sample> samples) {
        try {
            JsonNode stats = reviewOncall.get("/api/reviews/stats").body();
            StaffClient.Reply forecastReply = levels.get("/api/capacity/forecast");
            JsonNode forecast = forecastReply.status() == 200 ? forecastReply.body() : null;
            JsonNode thresholds = thresholdsReader.get("/api/thresholds").body();
            Map<String, Long> perPriority = new HashMap<>();
            for (String priority : List.of("P1", "P2", "P3", "P4")) {
                perPriority.put(
                        priority,
                        stats.path("perPriority").path(priority).path("depth").asLong());
            }
            double orderStatusMin = Double.NaN;
            boolean atActive = true;
            List<String> violations = new ArrayList<>();
            for (JsonNode category : thresholds) {
                String code = category.get("category").asString();
                boolean relaxed = !category.path("overrides").isEmpty()
                        || !category.path("effective")
                                .equals(category.path("active").path("thresholds"));
                atActive &= !relaxed;
                if (code.equals("order_status")) {
                    orderStatusMin =
                            category.path("effective").path("autoRespondMin").asDouble();
                }
                if (relaxed && BacklogRun.PROTECTED.contains(code)) {
                    violations.add("served " + code + ": " + category);
                }
            }
            for (String code : BacklogRun.PROTECTED) {
                Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(Resources.THRESHOLDS.physicalName(
                                        suite.stack().prefix()))
                                .key(Map.of(ThresholdAttributes.CATEGORY, AttributeValue.fromS(code)))
                                .consistentRead(true))
                        .item();
                AttributeValue overrides = item == null ? null : item.get(ThresholdAttributes.OVERRIDES);
                if (overrides != null && overrides.hasL() && !overrides.l().isEmpty()) {
                    violations.add("stored " + code + ": " + overrides);
                }
            }
            samples.add(new Sample(
                    seconds(start),
                    phase,
                    stats.path("depth").asLong(),
                    perPriority,
                    stats.path("activeReviewers").asInt(),
                    forecast == null ? "?" : forecast.path("backpressureLevel").asString(),
                    forecast == null
                            ? -1
                            : Math.round(forecast.path("forecast")
                                    .path("totalProjectedDepth")
                                    .asDouble()),
                    orderStatusMin,
                    atActive,
                    violations));
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                out.println("sample failed: " + e);
            }
        }
    }

    /** Every turn has its immediate reply and, when that was an acknowledgement, a final answer. */
    private static boolean everyTurnAnswered(List<Turn> turns) {
        Map<CustomerSocket, List<CustomerSocket.Received>> received = new HashMap<>();
        for (Turn turn : turns) {
            received.computeIfAbsent(turn.customer(), CustomerSocket::received);
        }
        Map<String, String> messageIdByClientId = new HashMap<>();
        Set<String> finals = new HashSet<>();
        int handoffsAtOnce = 0;
        for (List<CustomerSocket.Received> messages : received.values()) {
            for (CustomerSocket.Received r : messages) {
                String clientId = r.text("clientMessageId");
                if (clientId != null) {
                    messageIdByClientId.put(clientId, r.messageId());
                }
                if (BacklogRun.FINAL_TYPES.contains(r.type())) {
                    finals.add(r.messageId());
                }
                if ("handoff".equals(r.type()) && clientId == null) {
                    handoffsAtOnce++;
                }
            }
        }
        long unanswered = turns.stream()
                .filter(t -> {
                    String messageId = messageIdByClientId.get(t.clientMessageId());
                    return messageId == null || !finals.contains(messageId);
                })
                .count();
        // an immediate handoff carries no clientMessageId: it answers one of the unmatched turns
        return unanswered <= handoffsAtOnce;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The turns of this run as stored by the orchestrator (message id, topic, decision, thresholds used). */
    static List<Map<String, AttributeValue>> messagesOf(DynamoDbClient dynamoDb, String prefix, String runPrefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamoDb.scanPaginator(b -> b.tableName(Resources.MESSAGES.physicalName(prefix))
                        .consistentRead(true)
                        .filterExpression("begins_with(client_message_id, :p)")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(runPrefix))))
                .items()
                .forEach(items::add);
        return items;
    }
}
