package com.mangaassist.localaws.sqs;

import static com.mangaassist.localaws.StandInTesting.accepts;
import static com.mangaassist.localaws.StandInTesting.assertCloseStopsIt;
import static com.mangaassist.localaws.StandInTesting.randomPrefix;
import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.localaws.sqs.QueueProvisioner.ProvisionedQueue;
import com.mangaassist.model.resources.Resources;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

class ElasticMqStandInIntegrationTest {

    private static final String PREFIX = randomPrefix();
    private static final ElasticMqStandIn elasticMq = new ElasticMqStandIn();
    private static SqsClient sqs;
    private static ProvisionedQueue deliveries;

    @BeforeAll
    static void startElasticMqAndProvision() {
        elasticMq.start();
        sqs = sdkClient(SqsClient.builder(), elasticMq.endpoint());
        deliveries = new QueueProvisioner(sqs, PREFIX)
                .provision(List.of(Resources.DELIVERIES))
                .get(0);
    }

    @AfterAll
    static void stopElasticMq() {
        if (sqs != null) {
            sqs.close();
        }
        elasticMq.close();
    }

    @Test
    void aSentMessageIsReceivedAndOnceDeletedIsNotReceivedAgain() {
        String queueUrl = deliveries.queueUrl();
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("answer for m-1"));

        List<Message> received = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(5)
                        .visibilityTimeout(0))
                .messages();
        assertThat(received).extracting(Message::body).containsExactly("answer for m-1");

        sqs.deleteMessage(request ->
                request.queueUrl(queueUrl).receiptHandle(received.get(0).receiptHandle()));

        assertThat(sqs.receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(10))
                        .messages())
                .isEmpty();
    }

    @Test
    void aMessageReceivedMaxReceiveCountTimesWithoutDeletionEndsUpInTheDlq() {
        String body = "never deleted " + PREFIX;
        sqs.sendMessage(request -> request.queueUrl(deliveries.queueUrl()).messageBody(body));
        AtomicInteger receives = new AtomicInteger();

        Message dead = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> {
                            // Visibility 0: the message is visible again at once, counting one more receive.
                            receives.addAndGet(sqs.receiveMessage(request -> request.queueUrl(deliveries.queueUrl())
                                            .maxNumberOfMessages(10)
                                            .visibilityTimeout(0))
                                    .messages()
                                    .size());
                            return sqs
                                    .receiveMessage(request -> request.queueUrl(deliveries.dlqUrl())
                                            .maxNumberOfMessages(10)
                                            .messageSystemAttributeNames(
                                                    MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                                    .messages()
                                    .stream()
                                    .filter(message -> message.body().equals(body))
                                    .findFirst()
                                    .orElse(null);
                        },
                        message -> message != null);

        assertThat(dead.body()).isEqualTo(body);
        assertThat(receives.get()).isEqualTo(Resources.DELIVERIES.maxReceiveCount());
        assertThat(sqs.receiveMessage(request ->
                                request.queueUrl(deliveries.queueUrl()).maxNumberOfMessages(10))
                        .messages())
                .isEmpty();
    }

    @Test
    void afterCloseThePortIsFreeAndClosingAgainIsHarmless() {
        ElasticMqStandIn another = new ElasticMqStandIn();
        another.start();
        assertThat(accepts(another.endpoint())).isTrue();

        assertCloseStopsIt(another);
    }
}
