package com.mangaassist.console.config;

import com.mangaassist.console.api.application.ServiceApi;
import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.oncall.adapter.out.dynamodb.DynamoDbIncidents;
import com.mangaassist.console.oncall.adapter.out.http.HttpSuiteSignals;
import com.mangaassist.console.oncall.adapter.out.stepfunctions.StepFunctionsReviewExecutions;
import com.mangaassist.console.oncall.application.EscalationChecklist;
import com.mangaassist.console.oncall.application.IncidentDesk;
import com.mangaassist.console.oncall.application.Incidents;
import com.mangaassist.console.oncall.application.ReviewExecutions;
import com.mangaassist.console.oncall.application.SuiteSignals;
import com.mangaassist.console.report.adapter.out.http.HttpReportSources;
import com.mangaassist.console.report.application.WeeklyReview;
import com.mangaassist.model.resources.Resources;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The on-call desk's parts: the suite read over HTTP with the caller's token, the review workflow's executions
 * (ListExecutions), incidents in DynamoDB, and the checklist. The console's only AWS clients, built here from
 * {@link OncallProperties} (the same endpoint keys the services use, {@code mangaassist.aws.endpoints.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OncallProperties.class, ConsoleAwsProperties.class})
public class OncallConfiguration {

    @Bean(destroyMethod = "close")
    SdkHttpClient oncallAwsHttpClient() {
        return ApacheHttpClient.builder()
                .maxConnections(8)
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Bean(destroyMethod = "close")
    DynamoDbClient oncallDynamoDb(ConsoleAwsProperties aws, SdkHttpClient oncallAwsHttpClient) {
        return configure(DynamoDbClient.builder(), "dynamodb", aws, oncallAwsHttpClient)
                .build();
    }

    @Bean(destroyMethod = "close")
    SfnClient oncallStepFunctions(ConsoleAwsProperties aws, SdkHttpClient oncallAwsHttpClient) {
        return configure(SfnClient.builder(), "stepfunctions", aws, oncallAwsHttpClient)
                .build();
    }

    @Bean
    Incidents incidents(DynamoDbClient oncallDynamoDb, OncallProperties properties) {
        return new DynamoDbIncidents(oncallDynamoDb, Resources.INCIDENTS.physicalName(properties.resourcePrefix()));
    }

    @Bean
    ReviewExecutions reviewExecutions(SfnClient oncallStepFunctions, OncallProperties properties) {
        return new StepFunctionsReviewExecutions(oncallStepFunctions, properties.stateMachine());
    }

    @Bean
    SuiteSignals suiteSignals(ConsoleProperties console) {
        ConsoleProperties.Services services = console.services();
        Map<Upstream, URI> bases = new EnumMap<>(Upstream.class);
        bases.put(Upstream.ORCHESTRATOR, services.orchestrator());
        bases.put(Upstream.REVIEWS, services.reviews());
        bases.put(Upstream.FEEDBACK, services.feedback());
        bases.put(Upstream.THRESHOLDS, services.thresholds());
        bases.put(Upstream.DELIVERIES, services.deliveries());
        return new HttpSuiteSignals(bases, console.requestTimeout());
    }

    @Bean
    WeeklyReview weeklyReview(ServiceApi serviceApi, SuiteSignals suite, Clock clock) {
        return new WeeklyReview(new HttpReportSources(serviceApi), suite, clock);
    }

    @Bean
    IncidentDesk incidentDesk(Incidents incidents, SuiteSignals suite, Clock clock) {
        return new IncidentDesk(incidents, suite, clock);
    }

    @Bean
    EscalationChecklist escalationChecklist(
            SuiteSignals suite,
            ReviewExecutions executions,
            IncidentDesk incidents,
            OncallProperties properties,
            Clock clock) {
        return new EscalationChecklist(suite, executions, incidents, properties.policy(), clock);
    }

    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(
            B builder, String key, ConsoleAwsProperties aws, SdkHttpClient http) {
        builder.region(Region.of(aws.region()));
        builder.httpClient(http);
        AwsCredentialsProvider credentials = aws.credentials() == null
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        aws.credentials().accessKeyId(), aws.credentials().secretAccessKey()));
        builder.credentialsProvider(credentials);
        aws.endpoint(key).ifPresent(builder::endpointOverride);
        return builder;
    }
}
