package com.mangaassist.delivery.config;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.common.aws.AwsProperties;
import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.delivery.promise.adapter.in.actuator.DeliveryRunbookCatalog;
import com.mangaassist.delivery.promise.adapter.in.actuator.DeliveryRunbooksEndpoint;
import com.mangaassist.delivery.promise.adapter.in.schedule.WatchdogSchedule;
import com.mangaassist.delivery.promise.adapter.in.sqs.DeliveriesQueueConsumer;
import com.mangaassist.delivery.promise.adapter.in.web.DeliveryRunbookCalls;
import com.mangaassist.delivery.promise.adapter.out.dynamodb.DynamoDbAuditTrail;
import com.mangaassist.delivery.promise.adapter.out.dynamodb.DynamoDbCustomerContacts;
import com.mangaassist.delivery.promise.adapter.out.dynamodb.DynamoDbDeliveryPromises;
import com.mangaassist.delivery.promise.adapter.out.dynamodb.DynamoDbInbox;
import com.mangaassist.delivery.promise.adapter.out.dynamodb.DynamoDbJobLease;
import com.mangaassist.delivery.promise.adapter.out.gateway.ApiGatewayCustomerConnections;
import com.mangaassist.delivery.promise.adapter.out.gateway.RetryingCustomerConnections;
import com.mangaassist.delivery.promise.adapter.out.micrometer.MicrometerDeliveryMetrics;
import com.mangaassist.delivery.promise.adapter.out.push.NoPushProvider;
import com.mangaassist.delivery.promise.adapter.out.ses.SesEmailNotifier;
import com.mangaassist.delivery.promise.application.DeliverResponse;
import com.mangaassist.delivery.promise.application.DeliveryMetrics;
import com.mangaassist.delivery.promise.application.DeliveryRunbooks;
import com.mangaassist.delivery.promise.application.DeliveryStatistics;
import com.mangaassist.delivery.promise.application.FallbackChain;
import com.mangaassist.delivery.promise.application.PromiseKeeper;
import com.mangaassist.delivery.promise.application.WatchdogScan;
import com.mangaassist.delivery.promise.application.WatchdogSettings;
import com.mangaassist.delivery.promise.domain.CustomerConnections;
import com.mangaassist.delivery.promise.domain.DeliveryPromises;
import com.mangaassist.delivery.promise.domain.Inbox;
import com.mangaassist.model.resources.Resources;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/** Joins the delivery ports to their adapters and starts the queue consumer and the watchdog. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    static final String MANAGEMENT_ENDPOINT_KEY = "apigateway-management";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ApiGatewayManagementApiClient apiGatewayManagementApiClient(AwsClientConfigurer configurer, AwsProperties aws) {
        if (aws.endpoint(MANAGEMENT_ENDPOINT_KEY).isEmpty()) {
            throw new IllegalStateException(
                    "mangaassist.aws.endpoints." + MANAGEMENT_ENDPOINT_KEY
                            + " must be set: the WebSocket API's management endpoint (https://{api-id}.execute-api.{region}.amazonaws.com/{stage})");
        }
        // retries are ours (resilience4j, configurable), not the SDK's on top of them
        return configurer
                .configure(ApiGatewayManagementApiClient.builder(), MANAGEMENT_ENDPOINT_KEY)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @Bean(destroyMethod = "close")
    SqsClient sqsClient(AwsClientConfigurer configurer) {
        return configurer.configure(SqsClient.builder(), "sqs").build();
    }

    @Bean(destroyMethod = "close")
    SesV2Client sesV2Client(AwsClientConfigurer configurer) {
        return configurer.configure(SesV2Client.builder(), "ses").build();
    }

    @Bean
    DeliveryMetrics deliveryMetrics(MeterRegistry registry) {
        return new MicrometerDeliveryMetrics(registry);
    }

    @Bean
    DeliveryPromises deliveryPromises(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbDeliveryPromises(dynamoDb, names.table(Resources.DELIVERY_PROMISES));
    }

    @Bean
    Inbox inbox(DynamoDbClient dynamoDb, ResourceNaming names, JsonMapper json) {
        return new DynamoDbInbox(dynamoDb, names.table(Resources.INBOX), json);
    }

    @Bean
    DynamoDbAuditTrail auditTrail(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbAuditTrail(dynamoDb, names.table(Resources.AUDIT_LOG));
    }

    @Bean
    CustomerConnections customerConnections(
            ApiGatewayManagementApiClient client, JsonMapper json, DeliveryProperties properties) {
        DeliveryProperties.Retry retry = properties.retry();
        return new RetryingCustomerConnections(
                new ApiGatewayCustomerConnections(client, json),
                RetryingCustomerConnections.retry(
                        "post-to-connection",
                        retry.maxAttempts(),
                        retry.initialBackoff(),
                        retry.multiplier(),
                        retry.jitter(),
                        retry.maxBackoff()));
    }

    @Bean
    FallbackChain fallbackChain(
            Inbox inbox,
            DynamoDbClient dynamoDb,
            ResourceNaming names,
            SesV2Client ses,
            DeliveryProperties properties) {
        return new FallbackChain(
                inbox,
                new DynamoDbCustomerContacts(dynamoDb, names.table(Resources.CUSTOMER_PROFILES)),
                new SesEmailNotifier(ses, properties.email().from()),
                new NoPushProvider());
    }

    @Bean
    PromiseKeeper promiseKeeper(
            DeliveryPromises promises,
            CustomerConnections connections,
            FallbackChain fallback,
            DeliveryMetrics metrics,
            Clock clock) {
        return new PromiseKeeper(promises, connections, fallback, metrics, clock);
    }

    @Bean
    DeliverResponse deliverResponse(
            DeliveryPromises promises,
            PromiseKeeper keeper,
            Inbox inbox,
            CustomerConnections connections,
            DeliveryMetrics metrics,
            Clock clock,
            DeliveryProperties properties) {
        return new DeliverResponse(
                promises,
                keeper,
                inbox,
                connections,
                metrics,
                clock,
                properties.queue().claimLease());
    }

    @Bean
    WatchdogScan watchdogScan(
            DeliveryPromises promises,
            PromiseKeeper keeper,
            CustomerConnections connections,
            DynamoDbClient dynamoDb,
            ResourceNaming names,
            DeliveryMetrics metrics,
            Clock clock,
            DeliveryProperties properties) {
        DeliveryProperties.Watchdog watchdog = properties.watchdog();
        String holder = "delivery-watchdog-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
        return new WatchdogScan(
                promises,
                keeper,
                connections,
                new DynamoDbJobLease(dynamoDb, names.table(Resources.LOCKS), holder),
                metrics,
                clock,
                new WatchdogSettings(
                        watchdog.heartbeatInterval(),
                        properties.queue().claimLease(),
                        watchdog.lockAtMostFor(),
                        watchdog.lockAtLeastFor()));
    }

    /** What on-call watches (GET /api/deliveries/stats); reads the watchdog's lease, never takes it. */
    @Bean
    DeliveryStatistics deliveryStatistics(
            DeliveryPromises promises,
            DynamoDbClient dynamoDb,
            ResourceNaming names,
            Clock clock,
            DeliveryProperties properties) {
        return new DeliveryStatistics(
                promises,
                new DynamoDbJobLease(dynamoDb, names.table(Resources.LOCKS), "delivery-statistics-reader"),
                properties.watchdog().interval(),
                clock);
    }

    @Bean
    DeliveryRunbooks deliveryRunbooks(
            DeliveryPromises promises,
            PromiseKeeper keeper,
            CustomerConnections connections,
            DynamoDbAuditTrail audit,
            DeliveryMetrics metrics,
            Clock clock,
            DeliveryProperties properties) {
        return new DeliveryRunbooks(
                promises,
                keeper,
                connections,
                audit,
                metrics,
                clock,
                properties.runbook().maxWindow(),
                properties.queue().claimLease());
    }

    @Bean
    DeliveryRunbookCalls deliveryRunbookCalls(DynamoDbAuditTrail idempotent, JsonMapper json) {
        return new DeliveryRunbookCalls(idempotent, json);
    }

    @Bean
    RunbookCatalog<DeliveryRunbookCatalog.DeliveryRunbookRun> deliveryRunbookCatalog(
            DeliveryRunbooks runbooks, DeliveryRunbookCalls calls, DeliveryProperties properties) {
        return DeliveryRunbookCatalog.of(runbooks, calls, properties.runbook().maxWindow());
    }

    @Bean
    DeliveryRunbooksEndpoint runbooksEndpoint(RunbookCatalog<DeliveryRunbookCatalog.DeliveryRunbookRun> catalog) {
        return new DeliveryRunbooksEndpoint(catalog);
    }

    @Bean
    @ConditionalOnProperty(name = "mangaassist.delivery.queue.enabled", havingValue = "true", matchIfMissing = true)
    DeliveriesQueueConsumer deliveriesQueueConsumer(
            SqsClient sqs,
            ResourceNaming names,
            DeliverResponse deliver,
            DeliveryMetrics metrics,
            JsonMapper json,
            DeliveryProperties properties) {
        DeliveryProperties.Queue queue = properties.queue();
        return new DeliveriesQueueConsumer(
                sqs,
                names.queue(Resources.DELIVERIES),
                deliver,
                metrics,
                json,
                queue.workers(),
                queue.batchSize(),
                queue.waitTime());
    }

    @Bean
    @ConditionalOnProperty(name = "mangaassist.delivery.watchdog.enabled", havingValue = "true", matchIfMissing = true)
    WatchdogSchedule watchdogSchedule(WatchdogScan scan, DeliveryMetrics metrics, DeliveryProperties properties) {
        return new WatchdogSchedule(
                scan,
                metrics,
                properties.watchdog().initialDelay(),
                properties.watchdog().interval());
    }
}
