package com.mangaassist.systemtests.reliability;

import com.mangaassist.localaws.Component;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.LocalAwsProcess;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.Disclaimers;
import com.mangaassist.model.delivery.PromiseAttributes;
import com.mangaassist.model.delivery.PromiseStatus;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.LocalClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery reliability run: the local stack and the delivery-watchdog as a separate JVM; promises
 * written in the orchestrator's format for users with real WebSocket connections through the local
 * gateway; one DeliveryRequest per promise streamed onto the deliveries queue while some customers
 * leave and the delivery-watchdog is SIGKILLed and restarted; then, at quiescence, a total accounting
 * observed from outside: what each socket received, what waits in the inboxes, what the promises say.
 *
 * <pre>
 * ./mvnw -o -q install -DskipTests
 * java -cp "system-tests/target/test-classes:system-tests/target/classes:$(cat system-tests/target/suite.classpath)" \
 *     com.mangaassist.systemtests.reliability.DeliveryReliabilityRun [promises=1000] [kills=2]
 * </pre>
 */
public final class DeliveryReliabilityRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * @param promises how many promises (and DeliveryRequests)
     * @param users customers, each with one connection
     * @param kills SIGKILLs of the delivery-watchdog, spread over the stream
     * @param leavingEvery every n-th customer closes their connection half-way through
     * @param due how long after its creation a promise is due (the watchdog's fallback after that)
     * @param sendSpread over how long the requests are streamed
     * @param quiescenceTimeout the longest wait for every promise to be settled and the queue empty
     */
    public record Options(
            int promises,
            int users,
            int kills,
            int leavingEvery,
            Duration due,
            Duration sendSpread,
            Duration quiescenceTimeout) {}

    /** The total accounting; {@code lost} must be 0. */
    public record Accounting(
            int promised,
            int deliveredWebsocket,
            int fallbackInbox,
            int duplicated,
            int lost,
            Map<String, Integer> promiseStates,
            int emailsSent,
            int heartbeatsReceived,
            int deadLettered,
            int deliveredButNotReceived,
            List<String> restarts,
            Duration elapsed,
            Duration quiescence) {

        public String report() {
            return String.join(
                    "\n",
                    "=== delivery reliability accounting ===",
                    "promised                 " + promised,
                    "delivered (websocket)    " + deliveredWebsocket,
                    "fallback (inbox/email)   " + fallbackInbox,
                    "duplicated (same id >1)  " + duplicated,
                    "lost                     " + lost,
                    "promise states           " + promiseStates,
                    "emails in SES outbox     " + emailsSent,
                    "heartbeats received      " + heartbeatsReceived,
                    "dead-lettered            " + deadLettered,
                    "DELIVERED, not received  " + deliveredButNotReceived,
                    "restarts after SIGKILL   " + restarts,
                    "elapsed                  " + elapsed.toSeconds() + " s (quiescent " + quiescence.toSeconds()
                            + " s after the last request)");
        }
    }

    private DeliveryReliabilityRun() {}

    public static void main(String[] args) {
        int promises = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path root = Path.of(System.getProperty("mangaassist.root", ".")).toAbsolutePath();
        Accounting accounting = run(
                root,
                root.resolve("system-tests/target/reliability"),
                new Options(
                        promises,
                        Math.max(10, promises / 4),
                        kills,
                        10,
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(Math.max(10, promises / 25)),
                        Duration.ofMinutes(5)));
        System.out.println(accounting.report());
        System.exit(accounting.lost() == 0 ? 0 : 1);
    }

    public static Accounting run(Path root, Path logDir, Options options) {
        long began = System.nanoTime();
        try (LocalAwsProcess stack = LocalAwsProcess.start(
                        EnumSet.of(Component.OPENSEARCH, Component.REDIS), logDir.resolve("local-aws.log"));
                CustomerSockets sockets = new CustomerSockets(stack.endpoints().gatewayWebSocket());
                DynamoDbClient dynamoDb =
                        LocalClients.dynamoDb(stack.endpoints().dynamoDb());
                SqsClient sqs = sqs(stack.endpoints().sqs())) {
            stack.setGatewayIntegration(sockets.integrationBase());
            LocalAwsEndpoints endpoints = stack.endpoints();
            String prefix = endpoints.prefix();
            try (WatchdogProcess watchdog = new WatchdogProcess(
                    root,
                    endpoints,
                    logDir.resolve("delivery-watchdog.log"),
                    List.of(
                            "--mangaassist.delivery.watchdog.interval=5s",
                            "--mangaassist.delivery.watchdog.initial-delay=1s",
                            "--mangaassist.delivery.watchdog.heartbeat-interval=10s",
                            "--mangaassist.delivery.watchdog.lock-at-most-for=20s"))) {
                List<String> restarts = new ArrayList<>();
                restarts.add("first start " + watchdog.start().toMillis() + " ms");
                return exercise(options, endpoints, prefix, sockets, dynamoDb, sqs, watchdog, restarts, began);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Accounting exercise(
            Options options,
            LocalAwsEndpoints endpoints,
            String prefix,
            CustomerSockets sockets,
            DynamoDbClient dynamoDb,
            SqsClient sqs,
            WatchdogProcess watchdog,
            List<String> restarts,
            long began) {
        String promisesTable = Resources.DELIVERY_PROMISES.physicalName(prefix);
        List<CustomerSockets.Socket> users = new ArrayList<>();
        for (int u = 0; u < options.users(); u++) {
            String userId = "u-" + u;
            users.add(sockets.connect(userId));
            if (u % 3 != 0) {
                dynamoDb.putItem(b -> b.tableName(Resources.CUSTOMER_PROFILES.physicalName(prefix))
                        .item(Map.of(
                                "user_id", AttributeValue.fromS(userId),
                                "email", AttributeValue.fromS(userId + "@customers.example"))));
            }
        }
        List<String> messageIds = new ArrayList<>();
        Map<String, CustomerSockets.Socket> socketOf = new HashMap<>();
        for (int i = 0; i < options.promises(); i++) {
            CustomerSockets.Socket socket = users.get(i % users.size());
            String messageId = "m-" + i;
            messageIds.add(messageId);
            socketOf.put(messageId, socket);
            writePromise(dynamoDb, promisesTable, messageId, socket, options.due());
        }

        String queueUrl = sqs.getQueueUrl(b -> b.queueName(Resources.DELIVERIES.physicalName(prefix)))
                .queueUrl();
        int batches = (options.promises() + 9) / 10;
        long pause = options.sendSpread().toNanos() / Math.max(1, batches);
        Set<Integer> killAt = new HashSet<>();
        for (int k = 1; k <= options.kills(); k++) {
            killAt.add(batches * k / (options.kills() + 1));
        }
        CompletableFuture<Void> restarting = CompletableFuture.completedFuture(null);
        for (int batch = 0; batch < batches; batch++) {
            if (killAt.contains(batch)) {
                restarting.join();
                watchdog.kill();
                restarting = CompletableFuture.runAsync(
                        () -> restarts.add("restart " + watchdog.start().toMillis() + " ms"));
            }
            if (batch == batches / 2) {
                for (int u = 0; u < users.size(); u += options.leavingEvery()) {
                    users.get(u).close();
                }
            }
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = batch * 10; i < Math.min(options.promises(), batch * 10 + 10); i++) {
                entries.add(SendMessageBatchRequestEntry.builder()
                        .id(Integer.toString(i))
                        .messageBody(JSON.writeValueAsString(request(i, messageIds.get(i))))
                        .build());
            }
            sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
            LockSupport.parkNanos(pause);
        }
        restarting.join();
        long streamed = System.nanoTime();

        long deadline = System.nanoTime() + options.quiescenceTimeout().toNanos();
        while (System.nanoTime() < deadline
                && (countPending(dynamoDb, promisesTable) > 0 || queueDepth(sqs, queueUrl) > 0)) {
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        Duration quiescence = Duration.ofNanos(System.nanoTime() - streamed);
        // frames already posted may still be on their way to the sockets
        LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
        return account(
                options, endpoints, prefix, dynamoDb, sqs, messageIds, socketOf, users, restarts, began, quiescence);
    }

    private static Accounting account(
            Options options,
            LocalAwsEndpoints endpoints,
            String prefix,
            DynamoDbClient dynamoDb,
            SqsClient sqs,
            List<String> messageIds,
            Map<String, CustomerSockets.Socket> socketOf,
            List<CustomerSockets.Socket> users,
            List<String> restarts,
            long began,
            Duration quiescence) {
        Set<String> inInbox = new HashSet<>();
        for (CustomerSockets.Socket user : users) {
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = dynamoDb.query(b -> b.tableName(Resources.INBOX.physicalName(prefix))
                        .keyConditionExpression("user_id = :u")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(user.userId())))
                        .exclusiveStartKey(from));
                page.items().forEach(item -> inInbox.add(item.get("message_id").s()));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                        ? page.lastEvaluatedKey()
                        : null;
            } while (start != null);
        }
        Map<String, Integer> states = new TreeMap<>();
        int delivered = 0;
        int fallback = 0;
        int duplicated = 0;
        int deliveredNotReceived = 0;
        for (String messageId : messageIds) {
            Map<String, AttributeValue> promise = dynamoDb.getItem(
                            b -> b.tableName(Resources.DELIVERY_PROMISES.physicalName(prefix))
                                    .key(Map.of(PromiseAttributes.MESSAGE_ID, AttributeValue.fromS(messageId)))
                                    .consistentRead(true))
                    .item();
            String status = promise.get(PromiseAttributes.STATUS).s();
            AttributeValue channel = promise.get(PromiseAttributes.CHANNEL);
            states.merge(status + (channel == null ? "" : "/" + channel.s()), 1, Integer::sum);
            int received = socketOf.get(messageId).responses(messageId);
            if (received > 0) {
                delivered++;
                duplicated += received > 1 ? 1 : 0;
            } else if (inInbox.contains(messageId)) {
                fallback++;
            } else if (status.equals(PromiseStatus.DELIVERED.name())) {
                deliveredNotReceived++;
            }
        }
        int heartbeats =
                users.stream().mapToInt(CustomerSockets.Socket::heartbeats).sum();
        String dlqUrl = sqs.getQueueUrl(b -> b.queueName(Resources.DELIVERIES.physicalDlqName(prefix)))
                .queueUrl();
        return new Accounting(
                messageIds.size(),
                delivered,
                fallback,
                duplicated,
                messageIds.size() - delivered - fallback,
                states,
                emailsSent(endpoints.ses()),
                heartbeats,
                queueDepth(sqs, dlqUrl),
                deliveredNotReceived,
                List.copyOf(restarts),
                Duration.ofNanos(System.nanoTime() - began),
                quiescence);
    }

    private static DeliveryRequest request(int i, String messageId) {
        switch (i % 10) {
            case 0:
            case 1:
                return DeliveryRequest.delayed(
                        messageId, "Draft answer " + i, Disclaimers.UNREVIEWED, Disclaimers.UNREVIEWED_JA);
            case 2:
                return DeliveryRequest.handoff(messageId, "A member of staff takes over.", "担当者に交代します。");
            default:
                return DeliveryRequest.reviewed(messageId, "Reviewed answer " + i);
        }
    }

    private static void writePromise(
            DynamoDbClient dynamoDb, String table, String messageId, CustomerSockets.Socket socket, Duration due) {
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PromiseAttributes.MESSAGE_ID, AttributeValue.fromS(messageId));
        item.put(PromiseAttributes.SESSION_ID, AttributeValue.fromS("s-" + socket.userId()));
        item.put(PromiseAttributes.USER_ID, AttributeValue.fromS(socket.userId()));
        item.put(PromiseAttributes.CONNECTION_ID, AttributeValue.fromS(socket.connectionId()));
        item.put(PromiseAttributes.CREATED_AT, AttributeValue.fromS(TIME.format(created)));
        item.put(PromiseAttributes.DUE_AT, AttributeValue.fromS(TIME.format(created.plus(due))));
        item.put(PromiseAttributes.STATUS, AttributeValue.fromS(PromiseStatus.PENDING.name()));
        item.put(PromiseAttributes.ATTEMPTS, AttributeValue.fromN("0"));
        item.put(PromiseAttributes.PROMISE_KIND, AttributeValue.fromS("review"));
        item.put(PromiseAttributes.LANG, AttributeValue.fromS(messageId.hashCode() % 2 == 0 ? "ja" : "en"));
        item.put(PromiseAttributes.DRAFT, AttributeValue.fromS("AI draft for " + messageId));
        dynamoDb.putItem(b -> b.tableName(table).item(item));
    }

    private static int countPending(DynamoDbClient dynamoDb, String table) {
        int count = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamoDb.query(b -> b.tableName(table)
                    .indexName("by-status-due")
                    .keyConditionExpression("#s = :p")
                    .expressionAttributeNames(Map.of("#s", PromiseAttributes.STATUS))
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(PromiseStatus.PENDING.name())))
                    .select("COUNT")
                    .exclusiveStartKey(from));
            count += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    private static int queueDepth(SqsClient sqs, String queueUrl) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"))
                + Integer.parseInt(
                        attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0"));
    }

    private static int emailsSent(URI ses) {
        try {
            String body = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(ses.resolve("/local/outbox")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            return JSON.readTree(body).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SqsClient sqs(URI endpoint) {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .build();
    }
}
