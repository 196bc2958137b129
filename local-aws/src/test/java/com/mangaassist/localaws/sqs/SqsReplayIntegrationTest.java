package com.mangaassist.localaws.sqs;

import static com.mangaassist.localaws.StandInTesting.randomPrefix;
import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.sqs.QueueProvisioner.ProvisionedQueue;
import com.mangaassist.model.resources.Resources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The replay drill's SQS mode: with replay on, one send yields two receivable copies with the same body (also for
 * batches), a copy can arrive after a later message, and with replay off (the default) a send yields one message.
 */
class SqsReplayIntegrationTest {

    /** The delays the copies wait, in send order (then 0): the first copy waits long enough to be overtaken. */
    private static final ConcurrentLinkedQueue<Long> COPY_DELAYS = new ConcurrentLinkedQueue<>();

    private static final ElasticMqStandIn elasticMq = new ElasticMqStandIn(() -> {
        Long next = COPY_DELAYS.poll();
        return next == null ? 0 : next;
    });
    private static SqsClient sqs;
    private static String queueUrl;

    @BeforeAll
    static void start() {
        elasticMq.start();
        sqs = sdkClient(SqsClient.builder(), elasticMq.endpoint());
        ProvisionedQueue deliveries = new QueueProvisioner(sqs, randomPrefix())
                .provision(List.of(Resources.DELIVERIES))
                .get(0);
        queueUrl = deliveries.queueUrl();
    }

    @AfterAll
    static void stop() {
        if (sqs != null) {
            sqs.close();
        }
        elasticMq.close();
    }

    @AfterEach
    void replayOff() {
        elasticMq.setReplay(false);
        COPY_DELAYS.clear();
    }

    @Test
    void replayIsOffByDefaultAndASendYieldsOneMessage() {
        assertThat(elasticMq.replayState()).startsWith("off ");

        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("once"));

        assertThat(drain(Duration.ofSeconds(4))).extracting(Message::body).containsExactly("once");
    }

    @Test
    void withReplayOnOneSendYieldsTwoReceivableCopiesWithTheSameBody() {
        long before = copies();
        elasticMq.setReplay(true);

        String sentId = sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("twice"))
                .messageId();

        List<Message> received = drain(Duration.ofSeconds(4));
        assertThat(received).extracting(Message::body).containsExactly("twice", "twice");
        assertThat(received.get(0).messageId()).isEqualTo(sentId);
        assertThat(received.get(1).messageId()).isNotEqualTo(sentId);
        assertThat(copies() - before).isEqualTo(1);
    }

    @Test
    void aBatchIsReplayedWhole() {
        elasticMq.setReplay(true);

        sqs.sendMessageBatch(request -> request.queueUrl(queueUrl)
                .entries(
                        entry -> entry.id("a").messageBody("batch-a"),
                        entry -> entry.id("b").messageBody("batch-b")));

        assertThat(drain(Duration.ofSeconds(4)))
                .extracting(Message::body)
                .containsExactlyInAnyOrder("batch-a", "batch-a", "batch-b", "batch-b");
    }

    @Test
    void aDelayedCopyArrivesAfterALaterMessage() {
        COPY_DELAYS.add(1500L);
        COPY_DELAYS.add(0L);
        elasticMq.setReplay(true);

        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("first"));
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("second"));

        // FIFO-ish order of ElasticMQ's standard queue: the first copy arrives after both sends and the second copy
        assertThat(drain(Duration.ofSeconds(4))).extracting(Message::body).endsWith("first");
    }

    @Test
    void switchedOffAgainASendYieldsOneMessage() {
        elasticMq.setReplay(true);
        elasticMq.setReplay(false);

        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("once more"));

        assertThat(drain(Duration.ofSeconds(4))).extracting(Message::body).containsExactly("once more");
    }

    private static long copies() {
        String state = elasticMq.replayState();
        return Long.parseLong(state.substring(state.indexOf(' ') + 1));
    }

    /** Every message received (and deleted) until the queue has stayed empty past the longest possible copy delay. */
    private static List<Message> drain(Duration quietFor) {
        List<Message> received = new ArrayList<>();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quietFor.toNanos()) {
            List<Message> batch = sqs.receiveMessage(request ->
                            request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages();
            for (Message message : batch) {
                received.add(message);
                sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
            if (!batch.isEmpty()) {
                quietSince = System.nanoTime();
            }
        }
        return received;
    }
}
