package com.mangaassist.systemtests.gameday;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The customers of a drill: each on their own socket through the gateway, asking their questions, and the account
 * at the end — every turn ends in exactly one final answer the customer saw (an answer, a reviewed or delayed
 * response, or a handoff to a person).
 */
public final class DrillCustomers implements AutoCloseable {

    /** The frames that end a turn for the customer. */
    public static final Set<String> FINAL = Set.of("answer", "reviewed_response", "delayed_response", "handoff");

    /** A question asked. */
    public record Turn(String userId, CustomerSocket socket, String clientMessageId, String text) {}

    private final SuiteEndpoints suite;
    private final DynamoDbClient dynamoDb;
    private final List<CustomerSocket> sockets = new CopyOnWriteArrayList<>();

    public DrillCustomers(SuiteEndpoints suite, DynamoDbClient dynamoDb) {
        this.suite = suite;
        this.dynamoDb = dynamoDb;
    }

    /** Connects {@code userId}; a VIP is written into the customer profiles first (their reviews are P1). */
    public CustomerSocket connect(String userId, boolean vip) {
        if (vip) {
            dynamoDb.putItem(b -> b.tableName(Resources.CUSTOMER_PROFILES.physicalName(suite.prefix()))
                    .item(Map.of("user_id", AttributeValue.fromS(userId), "vip", AttributeValue.fromBool(true))));
        }
        CustomerSocket socket = CustomerSocket.connect(
                suite.gatewayWebSocket(), Tokens.mint(suite.issuer(), userId, List.of("customer")));
        sockets.add(socket);
        return socket;
    }

    /** {@code userId} asks {@code text} on {@code socket}. */
    public Turn ask(String userId, CustomerSocket socket, String clientMessageId, String text, String lang) {
        socket.ask(clientMessageId, text, lang);
        return new Turn(userId, socket, clientMessageId, text);
    }

    /** The first reply to the turn: its type (answer, review_acknowledgment, handoff, error), or empty. */
    public static Optional<CustomerSocket.Received> firstReply(Turn turn, Duration patience) {
        return turn.socket().awaitReplyTo(turn.clientMessageId(), patience);
    }

    /**
     * Waits for every turn's final frame and counts them by type; a turn without one within {@code patience} counts
     * as {@code none}, one that got two final frames as {@code shown_twice}.
     */
    public static Map<String, Integer> awaitFinal(List<Turn> turns, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Turn turn : turns) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            String outcome = finalOutcome(turn, left).orElse("none");
            outcomes.merge(outcome, 1, Integer::sum);
        }
        return outcomes;
    }

    static Optional<String> finalOutcome(Turn turn, Duration patience) {
        Optional<CustomerSocket.Received> first = firstReply(turn, patience);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        if (FINAL.contains(first.get().type())) {
            return Optional.of(first.get().type());
        }
        String messageId = first.get().messageId();
        if (messageId == null) {
            return Optional.of(first.get().type()); // an error frame: not an answer
        }
        Optional<CustomerSocket.Received> last =
                turn.socket().await(r -> messageId.equals(r.messageId()) && FINAL.contains(r.type()), patience);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        long finals = turn.socket().received().stream()
                .filter(r -> messageId.equals(r.messageId()) && FINAL.contains(r.type()))
                .count();
        return Optional.of(finals > 1 ? "shown_twice" : last.get().type());
    }

    /** How many of {@code outcomes} are final answers. */
    public static int answered(Map<String, Integer> outcomes) {
        return outcomes.entrySet().stream()
                .filter(e -> FINAL.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    public static int total(Map<String, Integer> outcomes) {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<CustomerSocket> sockets() {
        return new ArrayList<>(sockets);
    }

    @Override
    public void close() {
        sockets.forEach(CustomerSocket::close);
    }
}
