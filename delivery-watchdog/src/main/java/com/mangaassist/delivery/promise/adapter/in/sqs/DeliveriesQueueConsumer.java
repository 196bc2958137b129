package com.mangaassist.delivery.promise.adapter.in.sqs;

import com.mangaassist.delivery.promise.application.DeliverResponse;
import com.mangaassist.delivery.promise.application.DeliveryMetrics;
import com.mangaassist.delivery.promise.application.Handled;
import com.mangaassist.delivery.promise.domain.DeliveryFailedException;
import com.mangaassist.delivery.promise.domain.FailureKind;
import com.mangaassist.model.delivery.DeliveryRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Long-polls the deliveries queue with a few worker threads. A message is deleted only when its request
 * was handled; a deferred one is made visible again when the other worker's claim ends; every failure
 * (unreadable message, no promise, access denied, …) is an ERROR log with the message id and a metric,
 * and the message stays on the queue, returns after its visibility timeout and reaches the DLQ after the
 * queue's maxReceiveCount. Message bodies are never logged (they hold customer text).
 */
public final class DeliveriesQueueConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveriesQueueConsumer.class);
    private static final Duration RECEIVE_FAILURE_PAUSE = Duration.ofSeconds(1);

    private final SqsClient sqs;
    private final String queueName;
    private final DeliverResponse deliver;
    private final DeliveryMetrics metrics;
    private final JsonMapper json;
    private final int workers;
    private final int batchSize;
    private final Duration waitTime;

    private volatile boolean running;
    private volatile String queueUrl;
    private ExecutorService pool;

    public DeliveriesQueueConsumer(
            SqsClient sqs,
            String queueName,
            DeliverResponse deliver,
            DeliveryMetrics metrics,
            JsonMapper json,
            int workers,
            int batchSize,
            Duration waitTime) {
        this.sqs = sqs;
        this.queueName = queueName;
        this.deliver = deliver;
        this.metrics = metrics;
        this.json = json;
        this.workers = workers;
        this.batchSize = batchSize;
        this.waitTime = waitTime;
    }

    @Override
    public void start() {
        queueUrl = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
        running = true;
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "deliveries-consumer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < workers; i++) {
            pool.execute(this::pollUntilStopped);
        }
        log.info("consuming {} with {} workers", queueName, workers);
    }

    @Override
    public void stop() {
        running = false;
        if (pool != null) {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(waitTime.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void pollUntilStopped() {
        while (running) {
            List<Message> messages;
            try {
                messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                                .maxNumberOfMessages(batchSize)
                                .waitTimeSeconds((int) waitTime.toSeconds())
                                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                        .messages();
            } catch (SdkException e) {
                if (!running) {
                    return;
                }
                log.error("receiving from {} failed: {}", queueName, e.getMessage());
                LockSupport.parkNanos(RECEIVE_FAILURE_PAUSE.toNanos());
                continue;
            }
            for (Message message : messages) {
                handle(message);
            }
        }
    }

    void handle(Message message) {
        String receives = message.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "?");
        DeliveryRequest request;
        try {
            request = json.readValue(message.body(), DeliveryRequest.class);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            metrics.error(FailureKind.INVALID_REQUEST);
            log.error(
                    "unreadable delivery request (queue message {}, receive {}): {}; left on the queue for the DLQ",
                    message.messageId(),
                    receives,
                    unreadable.getClass().getSimpleName());
            return;
        }
        String id = request.messageId() != null ? request.messageId() : "inbox_drain";
        try {
            Handled handled = deliver.handle(request);
            if (handled instanceof Handled.Deferred) {
                int seconds = (int) Math.min(
                        43_200,
                        Math.max(0, ((Handled.Deferred) handled).retryIn().toSeconds()));
                sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl)
                        .receiptHandle(message.receiptHandle())
                        .visibilityTimeout(seconds));
                return;
            }
            sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            log.debug("delivery request for {} handled: {}", id, ((Handled.Done) handled).outcome());
        } catch (DeliveryFailedException failure) {
            metrics.error(failure.kind());
            log.error(
                    "delivery of message {} failed: {} (queue message {}, receive {}); not acknowledged",
                    id,
                    failure.kind().tag(),
                    message.messageId(),
                    receives,
                    failure);
        } catch (RuntimeException unexpected) {
            // the consumer's outermost boundary, as a Lambda runtime's: loud, counted, never acknowledged
            metrics.error(FailureKind.UNKNOWN);
            log.error(
                    "delivery of message {} failed unexpectedly (queue message {}, receive {}); not acknowledged",
                    id,
                    message.messageId(),
                    receives,
                    unexpected);
        }
    }
}
