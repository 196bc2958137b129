package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.common.aws.AwsProperties;
import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.orchestrator.cache.adapter.in.health.RedisCacheHealth;
import com.mangaassist.orchestrator.cache.adapter.out.redis.BestEffortRedis;
import com.mangaassist.orchestrator.chat.adapter.out.dynamodb.DynamoDbConnections;
import com.mangaassist.orchestrator.chat.adapter.out.dynamodb.DynamoDbMessages;
import com.mangaassist.orchestrator.chat.adapter.out.dynamodb.DynamoDbSessions;
import com.mangaassist.orchestrator.chat.adapter.out.gateway.ApiGatewayCustomerNotifier;
import com.mangaassist.orchestrator.chat.adapter.out.redis.RedisCachedConnections;
import com.mangaassist.orchestrator.chat.application.ConnectCustomer;
import com.mangaassist.orchestrator.chat.application.DisconnectCustomer;
import com.mangaassist.orchestrator.chat.application.HandleCustomerFrame;
import com.mangaassist.orchestrator.chat.application.IdGenerator;
import com.mangaassist.orchestrator.chat.domain.Connections;
import com.mangaassist.orchestrator.chat.domain.CustomerNotifier;
import com.mangaassist.orchestrator.chat.domain.FramePolicy;
import com.mangaassist.orchestrator.chat.domain.Messages;
import com.mangaassist.orchestrator.chat.domain.Responder;
import com.mangaassist.orchestrator.chat.domain.Sessions;
import com.mangaassist.orchestrator.followup.domain.ReturningCustomers;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/** Joins the chat ports to their adapters. */
@Configuration(proxyBeanMethods = false)
class OrchestratorConfiguration {

    static final String MANAGEMENT_ENDPOINT_KEY = "apigateway-management";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    ApiGatewayManagementApiClient apiGatewayManagementApiClient(AwsClientConfigurer configurer, AwsProperties aws) {
        if (aws.endpoint(MANAGEMENT_ENDPOINT_KEY).isEmpty()) {
            throw new IllegalStateException(
                    "mangaassist.aws.endpoints." + MANAGEMENT_ENDPOINT_KEY
                            + " must be set: the WebSocket API's management endpoint (https://{api-id}.execute-api.{region}.amazonaws.com/{stage})");
        }
        return configurer
                .configure(ApiGatewayManagementApiClient.builder(), MANAGEMENT_ENDPOINT_KEY)
                .build();
    }

    @Bean
    BestEffortRedis bestEffortRedis(StringRedisTemplate redis) {
        return new BestEffortRedis(redis);
    }

    @Bean
    RedisCacheHealth redisCacheHealthIndicator(BestEffortRedis cache) {
        return new RedisCacheHealth(cache);
    }

    @Bean
    Connections connections(DynamoDbClient dynamoDb, ResourceNaming names, BestEffortRedis cache) {
        return new RedisCachedConnections(
                new DynamoDbConnections(dynamoDb, names.table(Resources.CONNECTIONS)), cache, Duration.ofHours(2));
    }

    @Bean
    Sessions sessions(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbSessions(dynamoDb, names.table(Resources.SESSIONS));
    }

    @Bean
    DynamoDbMessages messages(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbMessages(dynamoDb, names.table(Resources.MESSAGES));
    }

    @Bean
    CustomerNotifier customerNotifier(ApiGatewayManagementApiClient client, JsonMapper json) {
        return new ApiGatewayCustomerNotifier(client, json);
    }

    @Bean
    IdGenerator idGenerator() {
        return IdGenerator.randomUuids();
    }

    @Bean
    ConnectCustomer connectCustomer(
            Connections connections, Sessions sessions, ReturningCustomers returning, IdGenerator ids, Clock clock) {
        return new ConnectCustomer(connections, sessions, returning, ids, clock);
    }

    @Bean
    DisconnectCustomer disconnectCustomer(Connections connections, Sessions sessions, Clock clock) {
        return new DisconnectCustomer(connections, sessions, clock);
    }

    @Bean
    HandleCustomerFrame handleCustomerFrame(
            Connections connections,
            Sessions sessions,
            Messages messages,
            CustomerNotifier notifier,
            Responder responder,
            ChatProperties chat,
            IdGenerator ids,
            Clock clock,
            TurnIo turnIo) {
        return new HandleCustomerFrame(
                connections,
                sessions,
                messages,
                notifier,
                responder,
                new FramePolicy(chat.maxTextLength()),
                ids,
                clock,
                turnIo.executor());
    }

    @Bean(destroyMethod = "close")
    TurnIo turnIo() {
        return new TurnIo();
    }
}
