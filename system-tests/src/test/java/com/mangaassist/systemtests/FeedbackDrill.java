package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.systemtests.feedback.FeedbackSeeds;
import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.StaffClient;
import com.mangaassist.systemtests.review.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What the feedback system tests share: customers with a history, chat turns through the gateway, staff clients. */
final class FeedbackDrill {

    private final RunningSuite suite;
    private final FeedbackSeeds seeds;

    FeedbackDrill(RunningSuite suite, DynamoDbClient dynamoDb) {
        this.suite = suite;
        this.seeds = new FeedbackSeeds(dynamoDb, suite.stack().prefix());
        seeds.activePrompt(
                "answering-system",
                "You are MangaAssist, the assistant of a Japanese manga store. Answer from the catalog only.");
    }

    FeedbackSeeds seeds() {
        return seeds;
    }

    /** A customer as the account service knows them; returns a client for the feedback API with their token. */
    StaffClient customer(String userId, boolean purchases, Duration age) {
        seeds.customer(userId, purchases, Instant.now().minus(age));
        return new StaffClient(
                suite.service(ServiceModule.FEEDBACK),
                Tokens.mint(suite.stack().issuer(), userId, List.of("customer")));
    }

    StaffClient staff(String userId, String role) {
        return new StaffClient(
                suite.service(ServiceModule.FEEDBACK), Tokens.mint(suite.stack().issuer(), userId, List.of(role)));
    }

    /** Asks {@code count} questions over the customer's own socket and returns the message ids of the turns. */
    List<String> chat(String userId, int count) {
        List<String> messageIds = new ArrayList<>();
        try (CustomerSocket socket = CustomerSocket.connect(
                suite.stack().gatewayWebSocket(), Tokens.mint(suite.stack().issuer(), userId, List.of("customer")))) {
            for (int i = 0; i < count; i++) {
                String clientId = userId + "-c" + i;
                socket.ask(
                        clientId,
                        i % 2 == 0 ? "Is One Piece in stock?" : "ワンピースの最新巻は在庫ありますか？",
                        i % 2 == 0 ? "en" : "ja");
                CustomerSocket.Received reply =
                        socket.awaitReplyTo(clientId, Duration.ofSeconds(30)).orElseThrow();
                assertThat(reply.type()).as("reply to " + clientId).isNotEqualTo("error");
                messageIds.add(reply.messageId());
            }
        }
        return messageIds;
    }

    static Map<String, Object> binary(String messageId, String signal) {
        return Map.of("messageId", messageId, "type", "BINARY", "signal", signal);
    }

    static Map<String, Object> correction(String messageId, String text) {
        return Map.of("messageId", messageId, "type", "CORRECTION", "correction", text);
    }
}
