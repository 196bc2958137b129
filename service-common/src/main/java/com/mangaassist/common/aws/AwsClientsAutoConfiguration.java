package com.mangaassist.common.aws;

import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The shared SDK HTTP client, the client configurer, resource naming and the DynamoDB client. */
@AutoConfiguration
@EnableConfigurationProperties({AwsProperties.class, ResourceProperties.class})
public class AwsClientsAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    SdkHttpClient awsHttpClient() {
        return ApacheHttpClient.builder()
                .maxConnections(64)
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    AwsClientConfigurer awsClientConfigurer(AwsProperties properties, SdkHttpClient awsHttpClient) {
        return new AwsClientConfigurer(properties, awsHttpClient);
    }

    @Bean
    @ConditionalOnMissingBean
    ResourceNaming resourceNaming(ResourceProperties properties) {
        return new ResourceNaming(properties.prefix());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    DynamoDbClient dynamoDbClient(AwsClientConfigurer configurer) {
        return configurer.configure(DynamoDbClient.builder(), "dynamodb").build();
    }
}
