package com.mangaassist.common.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Applies region, credentials, endpoint override and the shared HTTP client to any synchronous SDK
 * client builder. Services build every AWS client through it, never inside components.
 */
public final class AwsClientConfigurer {

    private final AwsProperties properties;
    private final SdkHttpClient httpClient;
    private final AwsCredentialsProvider credentials;

    public AwsClientConfigurer(AwsProperties properties, SdkHttpClient httpClient) {
        this.properties = properties;
        this.httpClient = httpClient;
        this.credentials = properties
                .staticCredentials()
                .<AwsCredentialsProvider>map(c -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(c.accessKeyId(), c.secretAccessKey())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
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
        properties.endpoint(serviceKey).ifPresent(builder::endpointOverride);
        return builder;
    }
}
