package com.mangaassist.common.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

class AwsClientConfigurerTest {

    @Test
    void anSfnClientGetsTheStepfunctionsEndpointRegionAndCredentials() {
        AwsProperties properties = new AwsProperties(
                "ap-northeast-1",
                Map.of("stepfunctions", URI.create("http://127.0.0.1:4599"), "sqs", URI.create("http://127.0.0.1:1")),
                new AwsProperties.StaticCredentials("local", "local"));
        try (var http = ApacheHttpClient.create();
                SfnClient sfn = new AwsClientConfigurer(properties, http)
                        .configure(SfnClient.builder(), "stepfunctions")
                        .build()) {

            var configuration = sfn.serviceClientConfiguration();
            assertThat(configuration.endpointOverride()).contains(URI.create("http://127.0.0.1:4599"));
            assertThat(configuration.region()).isEqualTo(Region.AP_NORTHEAST_1);
            assertThat(configuration
                            .credentialsProvider()
                            .resolveIdentity()
                            .join()
                            .accessKeyId())
                    .isEqualTo("local");
        }
    }

    @Test
    void withoutAStepfunctionsEndpointTheSdkDefaultIsKept() {
        AwsProperties properties = new AwsProperties("us-east-1", Map.of(), null);
        try (var http = ApacheHttpClient.create();
                SfnClient sfn = new AwsClientConfigurer(properties, http)
                        .configure(SfnClient.builder(), "stepfunctions")
                        .build()) {

            assertThat(sfn.serviceClientConfiguration().endpointOverride()).isEmpty();
        }
    }
}
