package com.mangaassist.reviewqueue.task.adapter.in.sqs;

import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.reviewqueue.task.application.IntakeOutcome;
import com.mangaassist.reviewqueue.task.application.TaskIntake;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Long-polls one queue (review-requests or handoffs) on a thread of its own and hands every message to
 * {@link TaskIntake}. A message is deleted only after its task is stored (or found stored already); an
 * invalid one is left to the queue's redrive policy (dead-letter queue after N receives); a storage
 * failure leaves it for redelivery. Bodies are never logged: review requests carry the task token.
 *
 * <p>A failed receive or intake is logged, counted in {@value #FAILURES_METRIC} (tagged with the queue)
 * and followed by a pause that doubles from 1 s up to 30 s while failures continue, so an unavailable
 * queue or table is not hammered; the first success resets it.
 */
public final class SqsTaskIntakePoller implements SmartLifecycle {

    public static final String FAILURES_METRIC = "mangaassist.review.intake.failures";

    private static final Logger LOG = LoggerFactory.getLogger(SqsTaskIntakePoller.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final SqsClient sqs;
    private final String queueName;
    private final ReviewRequestKind kind;
    private final TaskIntake intake;
    private final ReviewRequestMessages messages;
    private final Duration waitTime;
    private final MeterRegistry meters;
    private final AtomicBoolean running = new AtomicBoolean();
    private Duration pause = FIRST_PAUSE;
    private volatile Thread thread;

    public SqsTaskIntakePoller(
            SqsClient sqs,
            String queueName,
            ReviewRequestKind kind,
            TaskIntake intake,
            JsonMapper json,
            Duration waitTime,
            MeterRegistry meters) {
        this.sqs = sqs;
        this.queueName = queueName;
        this.kind = kind;
        this.intake = intake;
        this.messages = new ReviewRequestMessages(json);
        this.waitTime = waitTime;
        this.meters = meters;
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            String queueUrl = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
            thread = new Thread(() -> poll(queueUrl), "intake-" + queueName);
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void stop() {
        running.set(false);
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private void poll(String queueUrl) {
        while (running.get()) {
            try {
                List<Message> received = sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                                .maxNumberOfMessages(10)
                                .waitTimeSeconds((int) waitTime.toSeconds()))
                        .messages();
                for (Message message : received) {
                    handle(queueUrl, message);
                }
                pause = FIRST_PAUSE;
            } catch (SdkException e) {
                if (!running.get()) {
                    return;
                }
                failed();
                LOG.error(
                        "receiving from {} failed: {}; next try in {}",
                        queueName,
                        e.getClass().getSimpleName(),
                        pause);
                pause();
            } catch (RuntimeException e) {
                // the poll loop's boundary: an unexpected failure must not end intake for good; the message
                // stays on the queue (redelivered, dead-lettered after N receives)
                failed();
                LOG.error("intake from {} failed; next try in {}", queueName, pause, e);
                pause();
            }
        }
    }

    private void handle(String queueUrl, Message message) {
        Optional<ReviewRequest> request = messages.parse(message.body(), kind);
        if (request.isEmpty()) {
            LOG.warn(
                    "message {} on {} is not a review request; left for the dead-letter queue",
                    message.messageId(),
                    queueName);
            return;
        }
        IntakeOutcome outcome = intake.accept(request.get());
        if (outcome instanceof IntakeOutcome.Invalid) {
            LOG.warn(
                    "message {} on {} refused ({}); left for the dead-letter queue",
                    message.messageId(),
                    queueName,
                    ((IntakeOutcome.Invalid) outcome).reason());
            return;
        }
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
    }

    private void failed() {
        meters.counter(FAILURES_METRIC, "queue", queueName).increment();
    }

    /** Backs off after a failure; {@link #stop()} interrupts the pause. */
    private void pause() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
        pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
    }
}
