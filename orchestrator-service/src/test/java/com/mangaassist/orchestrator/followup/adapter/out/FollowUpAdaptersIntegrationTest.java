package com.mangaassist.orchestrator.followup.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.delivery.DeliveryKind;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.PromiseAttributes;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.followup.adapter.out.dynamodb.DynamoDbDeliveryPromises;
import com.mangaassist.orchestrator.followup.adapter.out.sqs.QueueUrls;
import com.mangaassist.orchestrator.followup.adapter.out.sqs.SqsHandoffDesk;
import com.mangaassist.orchestrator.followup.adapter.out.sqs.SqsReturningCustomers;
import com.mangaassist.orchestrator.followup.domain.DeliveryPromise;
import com.mangaassist.orchestrator.followup.domain.PromiseOutcome;
import com.mangaassist.orchestrator.routing.LocalDynamoDb;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(LocalAwsExtension.class)
class FollowUpAdaptersIntegrationTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T11:00:00Z");

    private static DynamoDbClient dynamoDb;
    private static SqsClient sqs;
    private static String prefix;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String resourcePrefix) {
        prefix = resourcePrefix;
        dynamoDb = LocalDynamoDb.client(endpoints);
        sqs = SqsClient.builder()
                .endpointOverride(endpoints.sqs())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
        sqs.close();
    }

    @Test
    void aPromiseIsWrittenOnceAndASecondWriteLeavesTheFirstUntouched() {
        String table = Resources.DELIVERY_PROMISES.physicalName(prefix);
        DynamoDbDeliveryPromises promises = new DynamoDbDeliveryPromises(dynamoDb, table);
        DeliveryPromise first = new DeliveryPromise(
                "m-once", "s-1", "u-1", "conn-1", CREATED, CREATED.plusSeconds(300), "ja", "the draft");
        DeliveryPromise retry = new DeliveryPromise(
                "m-once", "s-1", "u-1", "conn-2", CREATED.plusSeconds(9), CREATED.plusSeconds(309), "ja", "other");

        assertThat(promises.make(first)).isInstanceOf(PromiseOutcome.Made.class);
        assertThat(promises.make(retry)).isInstanceOf(PromiseOutcome.AlreadyMade.class);

        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of(PromiseAttributes.MESSAGE_ID, AttributeValue.fromS("m-once")))
                        .consistentRead(true))
                .item();
        assertThat(item.get(PromiseAttributes.CONNECTION_ID).s()).isEqualTo("conn-1");
        assertThat(item.get(PromiseAttributes.STATUS).s()).isEqualTo("PENDING");
        assertThat(item.get(PromiseAttributes.DUE_AT).s()).isEqualTo("2026-11-28T11:05:00.000Z");
        assertThat(item.get(PromiseAttributes.DRAFT).s()).isEqualTo("the draft");
        assertThat(item.get(PromiseAttributes.ATTEMPTS).n()).isEqualTo("0");

        List<Map<String, AttributeValue>> overdue = dynamoDb.query(b -> b.tableName(table)
                        .indexName("by-status-due")
                        .keyConditionExpression("#s = :pending AND due_at <= :now")
                        .expressionAttributeNames(Map.of("#s", PromiseAttributes.STATUS))
                        .expressionAttributeValues(Map.of(
                                ":pending", AttributeValue.fromS("PENDING"),
                                ":now", AttributeValue.fromS("2026-11-28T11:06:00Z"))))
                .items();
        assertThat(overdue).as("the watchdog's index finds it once due").hasSize(1);
    }

    @Test
    void aHandoffLandsOnTheHandoffsQueueWithoutAToken() {
        QueueUrls urls = new QueueUrls(sqs);
        String queue = Resources.HANDOFFS.physicalName(prefix);
        new SqsHandoffDesk(sqs, urls, queue, json)
                .enqueue(new ReviewRequest(
                        ReviewRequestKind.HANDOFF,
                        null,
                        "m-h",
                        "s-1",
                        "u-1",
                        Priority.P2,
                        TopicCategory.COMPLAINT,
                        0.2,
                        0.18,
                        "ひどい",
                        "draft",
                        "ja",
                        CREATED.toString(),
                        null));

        Message message = receiveOne(urls.of(queue));
        ReviewRequest received = json.readValue(message.body(), ReviewRequest.class);
        assertThat(received.kind()).isEqualTo(ReviewRequestKind.HANDOFF);
        assertThat(received.messageId()).isEqualTo("m-h");
        assertThat(received.topic()).isEqualTo(TopicCategory.COMPLAINT);
        assertThat(message.body()).doesNotContain("taskToken");
    }

    @Test
    void aConnectAsksTheWatchdogForTheInbox() {
        QueueUrls urls = new QueueUrls(sqs);
        String queue = Resources.DELIVERIES.physicalName(prefix);
        new SqsReturningCustomers(sqs, urls, queue, json, 0, new SimpleMeterRegistry()).connected("u-7", "conn-7");

        DeliveryRequest request = json.readValue(receiveOne(urls.of(queue)).body(), DeliveryRequest.class);
        assertThat(request.kind()).isEqualTo(DeliveryKind.INBOX_DRAIN);
        assertThat(request.userId()).isEqualTo("u-7");
        assertThat(request.connectionId()).isEqualTo("conn-7");
    }

    private static Message receiveOne(String queueUrl) {
        List<Message> messages = sqs.receiveMessage(
                        b -> b.queueUrl(queueUrl).waitTimeSeconds(5).maxNumberOfMessages(10))
                .messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
