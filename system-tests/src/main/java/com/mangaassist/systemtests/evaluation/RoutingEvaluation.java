package com.mangaassist.systemtests.evaluation;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.LocalClients;
import com.mangaassist.systemtests.RunningSuite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every question of the labelled set through the gateway as a real chat turn, reads the reply and
 * the turn's record, and reports per topic: topic accuracy, auto-respond precision (auto-responded turns
 * whose question was answerable and whose topic was right) and escalation rate (review + handoff).
 *
 * <p>Run against a fresh suite: {@code java -cp "system-tests/target/classes:$(cat
 * system-tests/target/suite.classpath)" -Dmangaassist.root=$PWD
 * com.mangaassist.systemtests.evaluation.RoutingEvaluation}
 */
public final class RoutingEvaluation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One evaluated turn. */
    public record Outcome(EvaluationCase question, String replyType, String topic, String decision) {}

    /** Counts for one topic (or all). */
    public record Row(int turns, int topicCorrect, int autoResponded, int autoCorrect, int reviews, int handoffs) {

        Row plus(Outcome outcome) {
            boolean topicOk = outcome.question().expectedTopic().equals(outcome.topic());
            boolean auto = "AUTO_RESPOND".equals(outcome.decision());
            return new Row(
                    turns + 1,
                    topicCorrect + (topicOk ? 1 : 0),
                    autoResponded + (auto ? 1 : 0),
                    autoCorrect + (auto && topicOk && outcome.question().answerable() ? 1 : 0),
                    reviews + ("REVIEW".equals(outcome.decision()) ? 1 : 0),
                    handoffs + ("HANDOFF".equals(outcome.decision()) ? 1 : 0));
        }

        public double topicAccuracy() {
            return turns == 0 ? Double.NaN : (double) topicCorrect / turns;
        }

        public double autoRespondPrecision() {
            return autoResponded == 0 ? Double.NaN : (double) autoCorrect / autoResponded;
        }

        public double escalationRate() {
            return turns == 0 ? Double.NaN : (double) (reviews + handoffs) / turns;
        }
    }

    /** The evaluation: every outcome, counts per expected topic and overall. */
    public record Report(List<Outcome> outcomes, Map<String, Row> byTopic, Row overall) {

        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    "%-15s %5s %9s %6s %10s %7s %7s %10s%n",
                    "topic", "turns", "topic-acc", "auto", "auto-prec", "review", "handoff", "escalation"));
            byTopic.forEach((topic, row) -> out.append(line(topic, row)));
            out.append(line("ALL", overall));
            return out.toString();
        }

        private static String line(String name, Row row) {
            return String.format(
                    "%-15s %5d %9.3f %6d %10s %7d %7d %10.3f%n",
                    name,
                    row.turns(),
                    row.topicAccuracy(),
                    row.autoResponded(),
                    Double.isNaN(row.autoRespondPrecision()) ? "-" : String.format("%.3f", row.autoRespondPrecision()),
                    row.reviews(),
                    row.handoffs(),
                    row.escalationRate());
        }
    }

    private RoutingEvaluation() {}

    public static Report evaluate(LocalAwsEndpoints stack, List<EvaluationCase> cases) {
        try (DynamoDbClient dynamoDb = LocalClients.dynamoDb(stack.dynamoDb())) {
            String token = LocalAws.token(stack.issuer(), "u-routing-eval", "customer");
            List<Outcome> outcomes = cases.stream()
                    .map(question -> ask(stack, dynamoDb, token, question))
                    .toList();
            Map<String, Row> byTopic = new TreeMap<>();
            Row overall = new Row(0, 0, 0, 0, 0, 0);
            for (Outcome outcome : outcomes) {
                byTopic.merge(
                        outcome.question().expectedTopic(),
                        new Row(0, 0, 0, 0, 0, 0).plus(outcome),
                        (a, b) -> a.plus(outcome));
                overall = overall.plus(outcome);
            }
            return new Report(outcomes, byTopic, overall);
        }
    }

    private static Outcome ask(
            LocalAwsEndpoints stack, DynamoDbClient dynamoDb, String token, EvaluationCase question) {
        CompletableFuture<String> reply = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(stack.gatewayWebSocket() + "?token=" + token), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            reply.complete(text.toString());
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        try {
            String frame = JSON.writeValueAsString(Map.of("action", "sendMessage", "text", question.question()));
            socket.sendText(frame, true).orTimeout(10, TimeUnit.SECONDS).join();
            JsonNode message =
                    JSON.readTree(reply.orTimeout(30, TimeUnit.SECONDS).join());
            Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(
                                    Resources.MESSAGES.physicalName(stack.prefix()))
                            .key(Map.of(
                                    "message_id",
                                    AttributeValue.fromS(
                                            message.get("messageId").asString())))
                            .consistentRead(true))
                    .item();
            return new Outcome(
                    question,
                    message.get("type").asString(),
                    item.get("topic").s(),
                    item.get("decision").s());
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")
                    .orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null)
                    .join();
        }
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("mangaassist.root", "."))
                .toAbsolutePath()
                .normalize();
        try (RunningSuite suite = RunningSuite.start(
                root, root.resolve("system-tests/target/evaluation-logs"), new RunningSuite.Options(null, 1500))) {
            Report report = evaluate(suite.stack(), EvaluationCase.shipped());
            System.out.println(report.table());
            report.outcomes().stream()
                    .filter(o -> !o.question().expectedTopic().equals(o.topic()))
                    .forEach(o -> System.out.println(
                            "  topic miss: expected " + o.question().expectedTopic() + ", got " + o.topic() + ": "
                                    + o.question().question()));
        }
    }
}
