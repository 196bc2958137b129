package com.mangaassist.common.testing;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of a service's integration tests: the service on a random port, wired through properties to
 * the local stack of this test JVM, with a resource prefix of its own per application context.
 */
@ExtendWith(LocalAwsExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.profiles.active=local")
public abstract class LocalStackSpringTest {

    @DynamicPropertySource
    static void localStack(DynamicPropertyRegistry registry) {
        LocalAwsEndpoints endpoints = LocalAws.endpoints();
        registry.add("mangaassist.local.issuer", () -> endpoints.issuer().toString());
        registry.add("mangaassist.resources.prefix", memoized(LocalAws::freshPrefix));
        registry.add(
                "mangaassist.aws.endpoints.dynamodb", () -> endpoints.dynamoDb().toString());
        if (endpoints.has("sqs")) {
            registry.add("mangaassist.aws.endpoints.sqs", () -> endpoints.sqs().toString());
        }
        if (endpoints.has("stepfunctions")) {
            registry.add(
                    "mangaassist.aws.endpoints.stepfunctions",
                    () -> endpoints.stepFunctions().toString());
        }
        if (endpoints.has("ses")) {
            registry.add("mangaassist.aws.endpoints.ses", () -> endpoints.ses().toString());
        }
        if (endpoints.has("gateway-management")) {
            registry.add(
                    "mangaassist.aws.endpoints.apigateway-management",
                    () -> endpoints.gatewayManagement().toString());
        }
        if (endpoints.has("opensearch")) {
            registry.add(
                    "mangaassist.opensearch.endpoint",
                    () -> endpoints.openSearch().toString());
        }
        if (endpoints.has("redis")) {
            registry.add("spring.data.redis.url", () -> endpoints.redis().toString());
        }
    }

    private static Supplier<Object> memoized(Supplier<String> supplier) {
        return new Supplier<>() {
            private String value;

            @Override
            public synchronized Object get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
