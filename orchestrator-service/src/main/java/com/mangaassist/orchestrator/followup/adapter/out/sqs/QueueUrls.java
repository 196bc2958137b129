package com.mangaassist.orchestrator.followup.adapter.out.sqs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Queue URLs by name, looked up once ({@code GetQueueUrl}) and kept. */
public final class QueueUrls {

    private final SqsClient sqs;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    public QueueUrls(SqsClient sqs) {
        this.sqs = sqs;
    }

    public String of(String queueName) {
        return urls.computeIfAbsent(
                queueName, name -> sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
    }
}
