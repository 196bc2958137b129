package com.mangaassist.orchestrator.followup.adapter.out.sqs;

import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.orchestrator.followup.domain.ReturningCustomers;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an {@code inbox_drain} request on the deliveries queue when a customer connects. It is delayed
 * by {@code delaySeconds} because a connection accepts posts only once {@code $connect} has returned.
 *
 * <p>A failure to send does not refuse the connection: nothing is lost (the inbox keeps its items and
 * the next connect asks again), but it is loud — ERROR log with the user id and
 * {@value #FAILURES_METRIC}.
 */
public final class SqsReturningCustomers implements ReturningCustomers {

    public static final String FAILURES_METRIC = "mangaassist.chat.inbox-drain-request.failures";

    private static final Logger log = LoggerFactory.getLogger(SqsReturningCustomers.class);

    private final SqsClient sqs;
    private final QueueUrls urls;
    private final String queueName;
    private final JsonMapper json;
    private final int delaySeconds;
    private final MeterRegistry meters;

    public SqsReturningCustomers(
            SqsClient sqs, QueueUrls urls, String queueName, JsonMapper json, int delaySeconds, MeterRegistry meters) {
        this.sqs = sqs;
        this.meters = meters;
        this.urls = urls;
        this.queueName = queueName;
        this.json = json;
        this.delaySeconds = delaySeconds;
    }

    @Override
    public void connected(String userId, String connectionId) {
        String body = json.writeValueAsString(DeliveryRequest.inboxDrain(userId, connectionId));
        try {
            sqs.sendMessage(
                    b -> b.queueUrl(urls.of(queueName)).messageBody(body).delaySeconds(delaySeconds));
        } catch (SdkException failure) {
            meters.counter(FAILURES_METRIC).increment();
            log.error(
                    "inbox drain not requested for user {} on connect ({}); their inbox waits for the next connect",
                    userId,
                    failure.getClass().getSimpleName());
        }
    }
}
