package com.mangaassist.common.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Applies region, credentials, endpoint override, the shared HTTP client and the bounded retry policy
 * ({@link AwsProperties.Retry}) to any synchronous SDK client builder. Services build every AWS client through it, never inside components.
 */
public final class AwsClientConfigurer {

    private final AwsProperties properties;
    private final SdkHttpClient httpClient;
    private final AwsCredentialsProvider credentials;
    private final RetryStrategy retryStrategy;

    public AwsClientConfigurer(AwsProperties properties, SdkHttpClient httpClient) {
        this.properties = properties;
        this.httpClient = httpClient;
        this.credentials = properties
                .staticCredentials()
                .<AwsCredentialsProvider>map(c -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(c.accessKeyId(), c.secretAccessKey())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        AwsProperties.Retry retry = properties.retry();
        BackoffStrategy backoff = BackoffStrategy.exponentialDelayHalfJitter(retry.baseDelay(), retry.maxBackoff());
        this.retryStrategy = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(retry.maxAttempts())
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                .build();
    }

    /**
     * Configures {@code builder} for the service named by {@code serviceKey}, the key of its endpoint
     * override (for example {@code dynamodb}).
     */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(
            B builder, String serviceKey) {
        builder.region(Region.of(properties.region()));
        builder.httpClient(httpClient);
        builder.credentialsProvider(credentials);
        builder.overrideConfiguration(o -> o.retryStrategy(retryStrategy));
        properties.endpoint(serviceKey).ifPresent(builder::endpointOverride);
        return builder;
    }
}
