package com.mangaassist.delivery.testing;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiServiceClientConfiguration;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.ApiGatewayManagementApiException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GetConnectionRequest;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GetConnectionResponse;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.LimitExceededException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PostToConnectionRequest;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PostToConnectionResponse;

/**
 * The real SDK client with faults in front: throws the SDK's own exception types (throttling, access
 * denied) for chosen calls, then delegates to the real client against the local gateway.
 */
public final class FaultInjectingManagementClient implements ApiGatewayManagementApiClient {

    private final ApiGatewayManagementApiClient real;
    private final ConcurrentLinkedQueue<Supplier<RuntimeException>> nextFaults = new ConcurrentLinkedQueue<>();
    private volatile boolean denyAll;
    private final AtomicInteger posts = new AtomicInteger();

    public FaultInjectingManagementClient(ApiGatewayManagementApiClient real) {
        this.real = real;
    }

    /** The next {@code times} posts are throttled (429 {@code LimitExceededException}). */
    public void throttleNext(int times) {
        for (int i = 0; i < times; i++) {
            nextFaults.add(() -> LimitExceededException.builder()
                    .statusCode(429)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("LimitExceededException")
                            .errorMessage("Rate exceeded")
                            .build())
                    .build());
        }
    }

    /** Every call fails as with a removed {@code execute-api:ManageConnections} permission, until lifted. */
    public void denyAll(boolean deny) {
        denyAll = deny;
    }

    public int posts() {
        return posts.get();
    }

    public void reset() {
        nextFaults.clear();
        denyAll = false;
    }

    @Override
    public PostToConnectionResponse postToConnection(PostToConnectionRequest request) {
        posts.incrementAndGet();
        fault();
        return real.postToConnection(request);
    }

    @Override
    public GetConnectionResponse getConnection(GetConnectionRequest request) {
        fault();
        return real.getConnection(request);
    }

    private void fault() {
        if (denyAll) {
            throw ApiGatewayManagementApiException.builder()
                    .statusCode(403)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("AccessDeniedException")
                            .errorMessage("User is not authorized to perform: execute-api:ManageConnections")
                            .build())
                    .build();
        }
        Supplier<RuntimeException> fault = nextFaults.poll();
        if (fault != null) {
            throw fault.get();
        }
    }

    @Override
    public String serviceName() {
        return real.serviceName();
    }

    @Override
    public ApiGatewayManagementApiServiceClientConfiguration serviceClientConfiguration() {
        return real.serviceClientConfiguration();
    }

    @Override
    public void close() {
        real.close();
    }
}
