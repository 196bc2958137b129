package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.model.delivery.PromiseAttributes;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.StaffClient;
import com.mangaassist.systemtests.review.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The replay drill of issue 14: with the SQS stand-in enqueuing every sent message twice (the copy after a random
 * 0-3 s, so some copies overtake later messages), traffic through the gateway (answers, reviews approved, edited and
 * rejected by a reviewer, one left to time out, one customer gone before the decision, a handoff) must cause no doubled
 * side effect: per messageId one final outcome kind reached the customer (repeats of the same frame, which the client
 * drops by messageId, are counted and printed), one review task, one outcome record per decided task, the delivery
 * promise settled by one delivery attempt, at most one e-mail, one handoff task per handed-off turn.
 */
class ReplayDrillSystemTest {

    private static final Set<String> FINAL = Set.of("answer", "reviewed_response", "delayed_response", "handoff");
    private static final Duration REPLY = Duration.ofSeconds(45);
    private static final String REFUND = "I want a refund for my order, the book arrived damaged.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningSuite suite;
    private URI reviewQueue;

    /** One customer turn: who asked, what they asked, and what it should lead to. */
    private record Turn(String label, CustomerSocket socket, String messageId, Kind kind) {}

    private enum Kind {
        AUTO,
        APPROVE,
        EDIT,
        REJECT,
        TIMEOUT,
        LEFT,
        HANDOFF;

        boolean reviewed() {
            return this != AUTO && this != HANDOFF;
        }

        boolean handoffTask() {
            return this == HANDOFF || this == REJECT;
        }
    }

    @Test
    void everyMessageDeliveredTwiceDoublesNoSideEffect() throws Exception {
        suite = SuiteFixture.suite();
        reviewQueue = suite.service(ServiceModule.REVIEW_QUEUE);
        String prefix = suite.stack().prefix();
        long copiesBefore = suite.sqsReplayedCopies();
        List<Turn> turns = new ArrayList<>();
        List<CustomerSocket> sockets = new ArrayList<>();
        String leaverEmail;
        try (DynamoDbClient dynamoDb = LocalClients.dynamoDb(suite.stack().dynamoDb())) {
            suite.setSqsReplay(true);
            try {
                // the turn nobody reviews first: its timeout runs while the others are decided
                turns.add(ask(sockets, "timeout", REFUND, Kind.TIMEOUT));
                for (String question : List.of(
                        "Do you have Berserk volume 41 available?",
                        "Do you deliver on Saturdays?",
                        "Who is the author of Monster?",
                        "ベルセルクの41巻は在庫ありますか？")) {
                    turns.add(ask(sockets, "auto", question, Kind.AUTO));
                }
                turns.add(ask(sockets, "handoff", "Is Zorblax Chronicles volume 3 in stock?", Kind.HANDOFF));

                StaffClient reviewer = reviewer();
                Turn approve = ask(sockets, "approve", REFUND, Kind.APPROVE);
                Turn edit = ask(sockets, "edit", REFUND, Kind.EDIT);
                Turn reject = ask(sockets, "reject", REFUND, Kind.REJECT);
                turns.addAll(List.of(approve, edit, reject));
                decide(reviewer, approve.messageId(), Map.of("decision", "APPROVE"));
                decide(reviewer, edit.messageId(), Map.of("decision", "EDIT", "editedResponse", "Refund approved."));
                decide(reviewer, reject.messageId(), Map.of("decision", "REJECT", "notes", "needs a person"));

                // a customer with an e-mail address who leaves before the decision: inbox + e-mail
                String leaver = "replay-leaver-" + UUID.randomUUID();
                leaverEmail = leaver + "@example.com";
                putProfile(dynamoDb, prefix, leaver, leaverEmail);
                CustomerSocket gone = customer(leaver);
                String leftMessageId = askOn(gone, "left", REFUND);
                gone.close();
                decide(reviewer, leftMessageId, Map.of("decision", "APPROVE"));
                await().atMost(REPLY)
                        .pollInterval(Duration.ofMillis(250))
                        .until(() ->
                                "FALLBACK".equals(promise(dynamoDb, prefix, leftMessageId, PromiseAttributes.STATUS)));
                CustomerSocket back = customer(leaver);
                sockets.add(back);
                turns.add(new Turn("left", back, leftMessageId, Kind.LEFT));

                // every turn reaches a final outcome (the timed-out one after REVIEW_TIMEOUT)
                for (Turn turn : turns) {
                    Duration within = turn.kind() == Kind.TIMEOUT ? SuiteFixture.REVIEW_TIMEOUT.plus(REPLY) : REPLY;
                    assertThat(turn.socket().await(r -> isFinal(r, turn.messageId()), within))
                            .as(
                                    "a final outcome for %s %s; received %s",
                                    turn.label(),
                                    turn.messageId(),
                                    turn.socket().received())
                            .isPresent();
                }
            } finally {
                suite.setSqsReplay(false);
            }
            // the last copies (up to 3 s late) and their consumers' work
            LockSupport.parkNanos(Duration.ofSeconds(10).toNanos());
            long copies = suite.sqsReplayedCopies() - copiesBefore;

            List<String> failures = new ArrayList<>();
            StringBuilder report = new StringBuilder("replay drill: " + copies + " replayed copies\n");
            List<Map<String, AttributeValue>> tasks = scan(dynamoDb, Resources.REVIEW_TASKS.physicalName(prefix));
            List<Map<String, AttributeValue>> outcomes = scan(dynamoDb, Resources.REVIEW_OUTCOMES.physicalName(prefix));
            for (Turn turn : turns) {
                String id = turn.messageId();
                Map<String, Long> finals = new LinkedHashMap<>();
                for (CustomerSocket.Received frame : turn.socket().received()) {
                    if (isFinal(frame, id)) {
                        finals.merge(frame.type(), 1L, Long::sum);
                    }
                }
                long reviewTasks = count(tasks, id, "REVIEW");
                long handoffTasks = count(tasks, id, "HANDOFF");
                long outcomeRecords = outcomes.stream()
                        .filter(item -> id.equals(str(item, "message_id")))
                        .count();
                String status = promise(dynamoDb, prefix, id, PromiseAttributes.STATUS);
                String attempts = promise(dynamoDb, prefix, id, PromiseAttributes.ATTEMPTS);
                long repeats = finals.values().stream().mapToLong(n -> n - 1).sum();
                report.append(String.format(
                        "  %-8s %s finals=%s repeats=%d reviewTasks=%d handoffTasks=%d outcomes=%d promise=%s attempts=%s%n",
                        turn.label(),
                        id,
                        finals,
                        repeats,
                        reviewTasks,
                        handoffTasks,
                        outcomeRecords,
                        status,
                        attempts));
                check(failures, finals.size() == 1, turn, "final outcome kinds " + finals.keySet());
                if (turn.kind().reviewed()) {
                    check(failures, reviewTasks == 1, turn, reviewTasks + " review tasks");
                    check(failures, outcomeRecords == 1, turn, outcomeRecords + " outcome records");
                    check(failures, "DELIVERED".equals(status) || "FALLBACK".equals(status), turn, "promise " + status);
                    // one claim: a copy of the delivery finds the promise settled (or claimed) and claims nothing
                    check(failures, "1".equals(attempts), turn, "promise claimed " + attempts + " times");
                } else {
                    check(failures, reviewTasks == 0, turn, reviewTasks + " review tasks");
                }
                check(
                        failures,
                        handoffTasks == (turn.kind().handoffTask() ? 1 : 0),
                        turn,
                        handoffTasks + " handoff tasks");
            }
            long mails = mailsTo(leaverEmail);
            report.append("  e-mails to the customer who left: ").append(mails).append('\n');
            check(failures, mails == 1, null, mails + " e-mails to the customer who left");
            System.out.println(report);
            failures.forEach(f -> System.out.println("  DOUBLED OR MISSING: " + f));

            assertThat(copies).as("the drill replayed copies").isPositive();
            assertThat(failures).as(report.toString()).isEmpty();
        } finally {
            sockets.forEach(CustomerSocket::close);
        }
    }

    // --- helpers

    private static boolean isFinal(CustomerSocket.Received frame, String messageId) {
        return messageId.equals(frame.messageId()) && FINAL.contains(frame.type());
    }

    private static void check(List<String> failures, boolean ok, Turn turn, String what) {
        if (!ok) {
            failures.add((turn == null ? "" : turn.label() + " " + turn.messageId() + ": ") + what);
        }
    }

    private static long count(List<Map<String, AttributeValue>> tasks, String messageId, String kind) {
        return tasks.stream()
                .filter(item -> messageId.equals(str(item, "message_id")))
                .filter(item -> kind.equalsIgnoreCase(str(item, "kind")))
                .count();
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            return null;
        }
        return value.s() != null ? value.s() : value.n();
    }

    private static List<Map<String, AttributeValue>> scan(DynamoDbClient dynamoDb, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamoDb.scanPaginator(b -> b.tableName(table).consistentRead(true))
                .items()
                .forEach(items::add);
        return items;
    }

    private static String promise(DynamoDbClient dynamoDb, String prefix, String messageId, String attribute) {
        Map<String, AttributeValue> item = dynamoDb.getItem(
                        b -> b.tableName(Resources.DELIVERY_PROMISES.physicalName(prefix))
                                .key(Map.of(PromiseAttributes.MESSAGE_ID, AttributeValue.fromS(messageId)))
                                .consistentRead(true))
                .item();
        return item == null ? null : str(item, attribute);
    }

    private static void putProfile(DynamoDbClient dynamoDb, String prefix, String user, String email) {
        dynamoDb.putItem(b -> b.tableName(Resources.CUSTOMER_PROFILES.physicalName(prefix))
                .item(Map.of("user_id", AttributeValue.fromS(user), "email", AttributeValue.fromS(email))));
    }

    private long mailsTo(String email) throws Exception {
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(suite.stack().ses() + "/local/outbox"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        JsonNode outbox = JSON.readTree(body);
        JsonNode mails = outbox.isArray() ? outbox : outbox.path("messages");
        long count = 0;
        for (JsonNode mail : mails) {
            for (JsonNode to : mail.path("to")) {
                if (to.asString().contains(email)) {
                    count++;
                }
            }
        }
        return count;
    }

    private Turn ask(List<CustomerSocket> sockets, String label, String question, Kind kind) {
        CustomerSocket socket = customer("replay-" + label + "-" + UUID.randomUUID());
        sockets.add(socket);
        String messageId = askOn(socket, label, question);
        boolean sentToReview = socket.find(
                        r -> messageId.equals(r.messageId()) && "review_acknowledgment".equals(r.type()))
                .isPresent();
        if (kind == Kind.AUTO && sentToReview) {
            // the router sent this one to review after all: nobody decides it, so it times out
            return new Turn(label + "-rv", socket, messageId, Kind.TIMEOUT);
        }
        return new Turn(label, socket, messageId, kind);
    }

    /** Asks and returns the turn's messageId from the first reply (acknowledgement, answer or handoff). */
    private static String askOn(CustomerSocket socket, String label, String question) {
        String clientMessageId = label + "-" + UUID.randomUUID();
        socket.ask(clientMessageId, question, question.codePoints().anyMatch(c -> c > 0x3000) ? "ja" : "en");
        // every socket carries one turn: its first reply with a messageId (a handoff frame names no clientMessageId)
        CustomerSocket.Received reply = socket.await(
                        r -> r.messageId() != null
                                && Set.of("review_acknowledgment", "answer", "handoff")
                                        .contains(r.type()),
                        REPLY)
                .orElseThrow(() -> new AssertionError("no reply to " + label + "; received " + socket.received()));
        assertThat(reply.messageId())
                .as("messageId of the reply %s", reply.message())
                .isNotBlank();
        return reply.messageId();
    }

    private CustomerSocket customer(String user) {
        return CustomerSocket.connect(
                suite.stack().gatewayWebSocket(), Tokens.mint(suite.stack().issuer(), user, List.of("customer")));
    }

    private StaffClient reviewer() {
        StaffClient reviewer = new StaffClient(
                reviewQueue,
                Tokens.mint(suite.stack().issuer(), "replay-reviewer-" + UUID.randomUUID(), List.of("reviewer")));
        StaffClient.Reply checkIn = reviewer.post("/api/reviewers/me/check-in", null);
        assertThat(checkIn.status()).as(checkIn.raw()).isBetween(200, 299);
        return reviewer;
    }

    /** Finds the pending task of {@code messageId}, claims it and decides it. */
    private static void decide(StaffClient reviewer, String messageId, Map<String, String> decision) {
        AtomicReference<String> taskId = new AtomicReference<>();
        await().atMost(REPLY).pollInterval(Duration.ofMillis(200)).until(() -> {
            StaffClient.Reply view = reviewer.get("/api/reviews?status=PENDING&priority=P1&limit=100");
            if (view.status() != 200) {
                return false;
            }
            JsonNode list = view.body().isArray() ? view.body() : firstList(view.body());
            for (JsonNode task : list) {
                if (messageId.equals(task.path("messageId").asString())) {
                    taskId.set(task.get("taskId").asString());
                    return true;
                }
            }
            return false;
        });
        StaffClient.Reply claimed = reviewer.post("/api/reviews/" + taskId.get() + "/claim", null);
        assertThat(claimed.status()).as(claimed.raw()).isEqualTo(200);
        StaffClient.Reply decided = reviewer.post(
                "/api/reviews/" + taskId.get() + "/decision",
                decision,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
    }

    private static JsonNode firstList(JsonNode view) {
        for (String field : new TreeSet<>(Set.of("tasks", "items", "content"))) {
            if (view.has(field)) {
                return view.get(field);
            }
        }
        throw new AssertionError("no task list in " + view);
    }
}
