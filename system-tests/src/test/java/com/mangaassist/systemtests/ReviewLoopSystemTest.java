package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.model.delivery.Disclaimers;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * The human review loop end to end through the gateway: a refund question is acknowledged, the
 * orchestrator promises and starts the review workflow, review-queue-service holds the task, a reviewer
 * decides over the reviewer API, the workflow puts the decision on the deliveries queue and the
 * delivery-watchdog posts it to the customer's connection. Workflow timeouts are shortened for the
 * suite ({@link SuiteFixture}); tests never call {@code /next}, they claim their own task by message id,
 * so they do not take each other's tasks.
 *
 * <p>The two turns whose workflow must run out of time are asked (and the late reviewer's task claimed) before
 * any test runs, so that their 30 s timeouts run out while the other tests do instead of one after the other;
 * each of the two tests still waits for and checks its own turn's outcome.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewLoopSystemTest {

    /** The tests whose turn was asked up front wait for its timeout last: the others run while it runs out. */
    private static final int AFTER_THE_OTHERS = Order.DEFAULT + 1;

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private static RunningSuite suite;
    private static URI reviewQueue;

    /** A turn nobody reviews, asked up front (its test: the draft with both disclaimers after the timeout). */
    private static CustomerSocket unreviewedCustomer;

    private static String unreviewedMessageId;

    /** A turn claimed up front and held past the timeout (its test: a decision after the timeout is too late). */
    private static CustomerSocket lateCustomer;

    private static String lateMessageId;
    private static StaffClient lateReviewer;
    private static JsonNode lateTask;
    private static ScheduledExecutorService leaseRenewal;
    private static ScheduledFuture<?> renewingLateLease;

    @BeforeAll
    static void startSuite() {
        suite = SuiteFixture.suite();
        reviewQueue = suite.service(ServiceModule.REVIEW_QUEUE);

        unreviewedCustomer = customer();
        unreviewedMessageId = askForReview(unreviewedCustomer, "t-1");
        lateCustomer = customer();
        lateMessageId = askForReview(lateCustomer, "l-1");
        lateReviewer = reviewer("late");
        lateTask = claimTaskOf(lateReviewer, lateMessageId);
        String lateTaskId = lateTask.get("taskId").asString();
        // the reviewer keeps the claim (renewing the 3 s lease every second) while the workflow runs out of time
        leaseRenewal = Executors.newSingleThreadScheduledExecutor();
        renewingLateLease = leaseRenewal.scheduleWithFixedDelay(
                () -> {
                    try {
                        lateReviewer.post("/api/reviews/" + lateTaskId + "/renew", null);
                    } catch (RuntimeException e) {
                        // a failed call is retried by the next renewal, a second later
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
    }

    @AfterAll
    static void closeHeldTurns() {
        if (leaseRenewal != null) {
            leaseRenewal.shutdownNow();
        }
        for (CustomerSocket socket : new CustomerSocket[] {unreviewedCustomer, lateCustomer}) {
            if (socket != null) {
                socket.close();
            }
        }
    }

    @Test
    void approvedReviewReachesTheCustomerAsReviewedResponse() {
        try (CustomerSocket customer = customer()) {
            String messageId = askForReview(customer, "a-1");
            StaffClient reviewer = reviewer("approver");
            JsonNode task = claimTaskOf(reviewer, messageId);
            assertThat(task.toString()).doesNotContainIgnoringCase("token");

            StaffClient.Reply decided = decide(reviewer, task, Map.of("decision", "APPROVE"), key());

            assertThat(decided.status()).isEqualTo(200);
            CustomerSocket.Received response = awaitFinal(customer, messageId, "reviewed_response");
            assertThat(response.text("text")).isEqualTo(task.get("draftAnswer").asString());
        }
    }

    @Test
    void editedReviewDeliversTheEditedText() {
        try (CustomerSocket customer = customer()) {
            String messageId = askForReview(customer, "e-1");
            StaffClient reviewer = reviewer("editor");
            JsonNode task = claimTaskOf(reviewer, messageId);

            decide(reviewer, task, Map.of("decision", "EDIT", "editedResponse", "Refund approved: 1,320円."), key());

            assertThat(awaitFinal(customer, messageId, "reviewed_response").text("text"))
                    .isEqualTo("Refund approved: 1,320円.");
        }
    }

    @Test
    @Order(AFTER_THE_OTHERS)
    void withoutAReviewerTheCustomerGetsTheDraftWithBothDisclaimersAfterTheTimeout() {
        CustomerSocket.Received delayed =
                awaitFinal(unreviewedCustomer, unreviewedMessageId, "delayed_response", timeout());

        assertThat(delayed.text("response")).isNotBlank();
        assertThat(delayed.text("disclaimer")).isEqualTo(Disclaimers.UNREVIEWED);
        assertThat(delayed.text("disclaimerJa")).isEqualTo(Disclaimers.UNREVIEWED_JA);
    }

    @Test
    @Order(AFTER_THE_OTHERS)
    void aDecisionAfterTheTimeoutIsTooLateAndDeliversNothingMore() {
        awaitFinal(lateCustomer, lateMessageId, "delayed_response", timeout());
        renewingLateLease.cancel(false);

        StaffClient.Reply late = decide(lateReviewer, lateTask, Map.of("decision", "APPROVE"), key());

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("DECISION_TOO_LATE");
        settle();
        assertThat(lateCustomer.count(lateMessageId, "reviewed_response")).isZero();
        assertThat(lateCustomer.count(lateMessageId, "delayed_response")).isEqualTo(1);
    }

    @Test
    void aDoubleSubmittedDecisionDeliversOnce() {
        try (CustomerSocket customer = customer()) {
            String messageId = askForReview(customer, "d-1");
            StaffClient reviewer = reviewer("double");
            JsonNode task = claimTaskOf(reviewer, messageId);
            String key = key();

            StaffClient.Reply first = decide(reviewer, task, Map.of("decision", "APPROVE"), key);
            StaffClient.Reply again = decide(reviewer, task, Map.of("decision", "APPROVE"), key);

            assertThat(first.status()).isEqualTo(200);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body());
            awaitFinal(customer, messageId, "reviewed_response");
            settle();
            assertThat(customer.count(messageId, "reviewed_response")).isEqualTo(1);
        }
    }

    @Test
    void anotherReviewersDecisionOnAClaimedTaskIsRefused() {
        try (CustomerSocket customer = customer()) {
            String messageId = askForReview(customer, "o-1");
            StaffClient holder = reviewer("holder");
            StaffClient other = reviewer("other");
            JsonNode task = claimTaskOf(holder, messageId);

            StaffClient.Reply refused = decide(other, task, Map.of("decision", "APPROVE"), key());

            assertThat(refused.status()).isIn(403, 409);
            assertThat(refused.code()).isNotBlank();
            assertThat(decide(holder, task, Map.of("decision", "APPROVE"), key())
                            .status())
                    .isEqualTo(200);
            awaitFinal(customer, messageId, "reviewed_response");
        }
    }

    @Test
    void anExpiredLeaseReturnsTheTaskToTheQueueForTheNextReviewer() {
        try (CustomerSocket customer = customer()) {
            String messageId = askForReview(customer, "x-1");
            StaffClient gone = reviewer("gone");
            String taskId = claimTaskOf(gone, messageId).get("taskId").asString();

            JsonNode back = awaitTask(
                    gone, taskId, t -> "PENDING".equals(t.get("status").asString()));

            assertThat(back.get("reassignCount").asInt()).isEqualTo(1);
            StaffClient next = reviewer("next");
            assertThat(next.post("/api/reviews/" + taskId + "/claim", null).status())
                    .isEqualTo(200);
            assertThat(decide(next, back, Map.of("decision", "APPROVE"), key()).status())
                    .isEqualTo(200);
            awaitFinal(customer, messageId, "reviewed_response");
        }
    }

    @Test
    void theThirdExpiredLeaseSendsTheTaskToTheSeniorPoolAndPagesOnCall() {
        try (CustomerSocket customer = customer()) {
            String messageId = askForReview(customer, "s-1");
            StaffClient reviewer = reviewer("flaky");
            String taskId = claimTaskOf(reviewer, messageId).get("taskId").asString();
            for (int expiry = 1; expiry < 3; expiry++) {
                int expected = expiry;
                awaitTask(reviewer, taskId, t -> t.get("reassignCount").asInt() == expected);
                assertThat(reviewer.post("/api/reviews/" + taskId + "/claim", null)
                                .status())
                        .isEqualTo(200);
            }

            JsonNode senior = awaitTask(
                    reviewer,
                    taskId,
                    t -> "SENIOR_PENDING".equals(t.get("status").asString()));

            assertThat(senior.get("reassignCount").asInt()).isEqualTo(3);
            StaffClient.Reply refused = reviewer.post("/api/reviews/" + taskId + "/claim", null);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("SENIOR_ONLY");
            StaffClient.Reply pool = reviewer.get("/api/reviews?pool=senior&limit=100");
            assertThat(pool.raw()).contains(taskId);
            StaffClient oncall = new StaffClient(
                    reviewQueue, Tokens.mint(suite.stack().issuer(), "oncall-" + UUID.randomUUID(), List.of("oncall")));
            assertThat(oncall.get("/api/oncall/pages").raw()).contains(taskId);

            StaffClient lead = new StaffClient(
                    reviewQueue,
                    Tokens.mint(suite.stack().issuer(), "senior-" + UUID.randomUUID(), List.of("senior-reviewer")));
            assertThat(lead.post("/api/reviews/" + taskId + "/claim", null).status())
                    .isEqualTo(200);
            assertThat(decide(lead, senior, Map.of("decision", "APPROVE"), key())
                            .status())
                    .isEqualTo(200);
            awaitFinal(customer, messageId, "reviewed_response");
        }
    }

    @Test
    void aCustomerWhoLeftGetsTheReviewedAnswerByEmailAndOnTheirNextConnect() throws Exception {
        String user = "review-leaver-" + UUID.randomUUID();
        String email = user + "@example.com";
        String prefix = suite.stack().prefix();
        try (DynamoDbClient dynamoDb = LocalClients.dynamoDb(suite.stack().dynamoDb())) {
            dynamoDb.putItem(b -> b.tableName(Resources.CUSTOMER_PROFILES.physicalName(prefix))
                    .item(Map.of("user_id", AttributeValue.fromS(user), "email", AttributeValue.fromS(email))));
            String messageId;
            try (CustomerSocket first = customer(user)) {
                messageId = askForReview(first, "i-1");
            }
            StaffClient reviewer = reviewer("inbox");
            JsonNode task = claimTaskOf(reviewer, messageId);

            decide(reviewer, task, Map.of("decision", "EDIT", "editedResponse", "Your refund is on its way."), key());

            await().atMost(DELIVERY)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> "FALLBACK".equals(promiseStatus(dynamoDb, prefix, messageId)));
            String outbox = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(suite.stack().ses() + "/local/outbox"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(outbox).contains(email).contains("Your refund is on its way.");
            try (CustomerSocket second = customer(user)) {
                assertThat(awaitFinal(second, messageId, "reviewed_response").text("text"))
                        .isEqualTo("Your refund is on its way.");
            }
        }
    }

    // --- helpers

    private static String promiseStatus(DynamoDbClient dynamoDb, String prefix, String messageId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(
                        b -> b.tableName(Resources.DELIVERY_PROMISES.physicalName(prefix))
                                .key(Map.of(PromiseAttributes.MESSAGE_ID, AttributeValue.fromS(messageId)))
                                .consistentRead(true))
                .item();
        return item == null || !item.containsKey(PromiseAttributes.STATUS)
                ? null
                : item.get(PromiseAttributes.STATUS).s();
    }

    private static JsonNode awaitTask(
            StaffClient reviewer, String taskId, java.util.function.Predicate<JsonNode> state) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await().atMost(SuiteFixture.REVIEW_LEASE.multipliedBy(4).plusSeconds(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    StaffClient.Reply task = reviewer.get("/api/reviews/" + taskId);
                    seen.set(task.body());
                    return task.status() == 200 && state.test(task.body());
                });
        return seen.get();
    }

    private static CustomerSocket customer() {
        return customer("review-customer-" + UUID.randomUUID());
    }

    private static CustomerSocket customer(String user) {
        return CustomerSocket.connect(
                suite.stack().gatewayWebSocket(), Tokens.mint(suite.stack().issuer(), user, List.of("customer")));
    }

    /** Asks a refund question (always reviewed, P1) and returns the turn's message id from the acknowledgement. */
    private static String askForReview(CustomerSocket customer, String clientMessageId) {
        customer.ask(clientMessageId, "I want a refund for my order, the book arrived damaged.", "en");
        CustomerSocket.Received ack = customer.awaitReplyTo(clientMessageId, DELIVERY)
                .orElseThrow(() -> new AssertionError("no reply to " + clientMessageId));
        assertThat(ack.type()).isEqualTo("review_acknowledgment");
        return ack.messageId();
    }

    private static StaffClient reviewer(String name) {
        StaffClient reviewer = new StaffClient(
                reviewQueue, Tokens.mint(suite.stack().issuer(), name + "-" + UUID.randomUUID(), List.of("reviewer")));
        StaffClient.Reply checkIn = reviewer.post("/api/reviewers/me/check-in", null);
        assertThat(checkIn.status()).as(checkIn.raw()).isBetween(200, 299);
        return reviewer;
    }

    /** Finds the pending task of {@code messageId} in the P1 queue view and claims it. */
    private static JsonNode claimTaskOf(StaffClient reviewer, String messageId) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> {
            StaffClient.Reply view = reviewer.get("/api/reviews?status=PENDING&priority=P1&limit=100");
            if (view.status() != 200) {
                return false;
            }
            for (JsonNode task : tasksOf(view.body())) {
                if (messageId.equals(task.get("messageId").asString())) {
                    found.set(task);
                    return true;
                }
            }
            return false;
        });
        StaffClient.Reply claimed =
                reviewer.post("/api/reviews/" + found.get().get("taskId").asString() + "/claim", null);
        assertThat(claimed.status()).as(claimed.raw()).isEqualTo(200);
        assertThat(claimed.body().get("leaseExpiresAt").asString()).isNotBlank();
        return claimed.body();
    }

    private static Iterable<JsonNode> tasksOf(JsonNode view) {
        if (view.isArray()) {
            return view;
        }
        for (String field : List.of("tasks", "items", "content")) {
            if (view.has(field)) {
                return view.get(field);
            }
        }
        throw new AssertionError("no task list in " + view);
    }

    private static StaffClient.Reply decide(
            StaffClient reviewer, JsonNode task, Map<String, String> decision, String key) {
        return reviewer.post(
                "/api/reviews/" + task.get("taskId").asString() + "/decision",
                decision,
                Map.of("Idempotency-Key", key));
    }

    private static CustomerSocket.Received awaitFinal(CustomerSocket customer, String messageId, String type) {
        return awaitFinal(customer, messageId, type, DELIVERY);
    }

    private static CustomerSocket.Received awaitFinal(
            CustomerSocket customer, String messageId, String type, Duration within) {
        Optional<CustomerSocket.Received> received =
                customer.await(r -> messageId.equals(r.messageId()) && type.equals(r.type()), within);
        return received.orElseThrow(() -> new AssertionError(
                "no " + type + " for " + messageId + " within " + within + "; received " + customer.received()));
    }

    /** The suite's shortened workflow timeout plus time to deliver. */
    private static Duration timeout() {
        return SuiteFixture.REVIEW_TIMEOUT.plus(DELIVERY);
    }

    /** Gives a duplicate the time it would need to arrive. */
    private static void settle() {
        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(3).toNanos());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
