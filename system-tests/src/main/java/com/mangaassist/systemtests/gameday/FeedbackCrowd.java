package com.mangaassist.systemtests.gameday;

import com.mangaassist.systemtests.feedback.FeedbackSeeds;
import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.StaffClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The feedback drills' customers: established accounts whose answered turns are seeded as the orchestrator writes
 * them, and customers who really chat through the gateway and rate their own answers.
 */
final class FeedbackCrowd {

    /** A customer with a feedback client on their own token and the turns they may rate. */
    record Rater(String userId, StaffClient feedback, List<String> messageIds) {}

    private final DrillContext context;
    private final FeedbackSeeds seeds;

    FeedbackCrowd(DrillContext context) {
        this.context = context;
        this.seeds = new FeedbackSeeds(context.dynamoDb(), context.suite().prefix());
    }

    /** A customer as the account service knows them. */
    StaffClient account(String userId, boolean purchases, Duration age) {
        seeds.customer(userId, purchases, Instant.now().minus(age));
        return context.staff("feedback", userId, "customer");
    }

    /** {@code count} established customers, each with {@code turns} answered turns on {@code topics} (cycled). */
    List<Rater> established(String kind, int count, int turns, List<String> topics) {
        List<Rater> raters = new ArrayList<>();
        List<FeedbackSeeds.Turn> all = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            String user = kind + "-" + context.run() + "-" + c;
            StaffClient client = account(user, true, Duration.ofDays(100 + c));
            List<String> ids = new ArrayList<>();
            for (int m = 0; m < turns; m++) {
                String messageId = kind + "-m-" + context.run() + "-" + c + "-" + m;
                ids.add(messageId);
                all.add(new FeedbackSeeds.Turn(
                        messageId,
                        kind + "-s-" + context.run() + "-" + c,
                        user,
                        topics.get(m % topics.size()),
                        "Is One Piece in stock?",
                        "One Piece is in stock."));
            }
            raters.add(new Rater(user, client, ids));
        }
        seeds.turns(all, Instant.now());
        return raters;
    }

    /**
     * A customer who chats through the gateway: asks {@code count} catalog questions on their own socket; the turns
     * are added to {@code asked} for the drill's account of answers and returned with their message ids.
     */
    Rater chatting(String userId, boolean established, int count, List<DrillCustomers.Turn> asked) {
        StaffClient client = account(userId, established, Duration.ofDays(established ? 400 : 2));
        CustomerSocket socket = context.customers().connect(userId, false);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DrillCustomers.Turn turn = context.customers()
                    .ask(
                            userId,
                            socket,
                            userId + "-c" + i,
                            i % 2 == 0 ? "Is One Piece in stock?" : "ワンピースの最新巻は在庫ありますか？",
                            i % 2 == 0 ? "en" : "ja");
            asked.add(turn);
            DrillCustomers.firstReply(turn, Duration.ofSeconds(30))
                    .map(CustomerSocket.Received::messageId)
                    .ifPresent(ids::add);
        }
        return new Rater(userId, client, ids);
    }

    static Map<String, Object> binary(String messageId, String signal) {
        return Map.of("messageId", messageId, "type", "BINARY", "signal", signal);
    }

    static Map<String, Object> correction(String messageId, String text) {
        return Map.of("messageId", messageId, "type", "CORRECTION", "correction", text);
    }
}
