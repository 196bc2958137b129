package com.mangaassist.metrics.cloudwatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;

/**
 * A CloudWatch client that accepts every {@code PutMetricData} call and keeps the request, so a test can see
 * exactly what a real {@code CloudWatchMeterRegistry} would have sent to AWS. Every other operation fails
 * (the interface's defaults), because the registry must not need any.
 */
public final class CapturingCloudWatchClient implements CloudWatchAsyncClient {

    private final List<PutMetricDataRequest> requests = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<PutMetricDataResponse> putMetricData(PutMetricDataRequest request) {
        requests.add(request);
        return CompletableFuture.completedFuture(PutMetricDataResponse.builder().build());
    }

    /** Every request received, in order. */
    public synchronized List<PutMetricDataRequest> requests() {
        return List.copyOf(requests);
    }

    /** The metric data of every request, in order. */
    public synchronized List<MetricDatum> data() {
        List<MetricDatum> data = new ArrayList<>();
        requests.forEach(request -> data.addAll(request.metricData()));
        return data;
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}
}
