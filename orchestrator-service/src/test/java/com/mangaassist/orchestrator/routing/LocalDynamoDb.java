package com.mangaassist.orchestrator.routing;

import com.mangaassist.localaws.LocalAwsEndpoints;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A DynamoDB client for the local stack's stand-in. */
public final class LocalDynamoDb {

    private LocalDynamoDb() {}

    public static DynamoDbClient client(LocalAwsEndpoints endpoints) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoints.dynamoDb())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }
}
