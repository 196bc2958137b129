package com.mangaassist.orchestrator.followup.adapter.out.sqs;

import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.orchestrator.followup.domain.HandoffDesk;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/** Handoffs on the {@code handoffs} queue, for review-queue-service's agent view. */
public final class SqsHandoffDesk implements HandoffDesk {

    private final SqsClient sqs;
    private final QueueUrls urls;
    private final String queueName;
    private final JsonMapper json;

    public SqsHandoffDesk(SqsClient sqs, QueueUrls urls, String queueName, JsonMapper json) {
        this.sqs = sqs;
        this.urls = urls;
        this.queueName = queueName;
        this.json = json;
    }

    @Override
    public void enqueue(ReviewRequest request) {
        String body = json.writeValueAsString(request);
        sqs.sendMessage(b -> b.queueUrl(urls.of(queueName)).messageBody(body));
    }
}
