package com.mangaassist.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.TableDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The synthesized app holds the whole suite, built from the shared definitions. */
class MangaAssistStackTest {

    private final Template template = SynthesizedSuite.template();

    @Test
    void everyTableOfTheDefinitionsIsOnDemandWithItsIndexesTtlAndPointInTimeRecovery() {
        template.resourceCountIs("AWS::DynamoDB::Table", Resources.tables().size());
        template.hasResourceProperties(
                "AWS::DynamoDB::Table",
                Map.of(
                        "TableName",
                        "prod-delivery-promises",
                        "BillingMode",
                        "PAY_PER_REQUEST",
                        "GlobalSecondaryIndexes",
                        List.of(Match.objectLike(
                                Map.of("IndexName", "by-status-due", "Projection", Map.of("ProjectionType", "ALL")))),
                        "PointInTimeRecoverySpecification",
                        Map.of("PointInTimeRecoveryEnabled", true)));
        template.hasResourceProperties(
                "AWS::DynamoDB::Table",
                Map.of(
                        "TableName",
                        "prod-sessions",
                        "TimeToLiveSpecification",
                        Map.of("AttributeName", "expires_at", "Enabled", true)));
        for (TableDefinition table : Resources.tables()) {
            template.hasResource(
                    "AWS::DynamoDB::Table",
                    Map.of(
                            "DeletionPolicy",
                            "Retain",
                            "Properties",
                            Match.objectLike(Map.of("TableName", table.physicalName("prod")))));
        }
    }

    @Test
    void everyQueueHasAnEncryptedDeadLetterQueueAndARedrivePolicy() {
        template.resourceCountIs("AWS::SQS::Queue", Resources.queues().size() * 2);
        template.hasResourceProperties(
                "AWS::SQS::Queue",
                Map.of(
                        "QueueName",
                        "prod-deliveries",
                        "VisibilityTimeout",
                        30,
                        "SqsManagedSseEnabled",
                        true,
                        "RedrivePolicy",
                        Map.of(
                                "deadLetterTargetArn",
                                Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("DeliveriesDlq.*"), "Arn")),
                                "maxReceiveCount",
                                5)));
        template.hasResourceProperties("AWS::SQS::Queue", Map.of("QueueName", "prod-deliveries-dlq"));
    }

    @Test
    void theReviewWorkflowIsTheSameAslWithTheQueueUrlsSubstituted() {
        template.hasResourceProperties(
                "AWS::StepFunctions::StateMachine",
                Map.of(
                        "StateMachineName",
                        "prod-review-workflow",
                        "StateMachineType",
                        "STANDARD",
                        "DefinitionString",
                        Match.stringLikeRegexp("[\\s\\S]*waitForTaskToken[\\s\\S]*\\$\\{ReviewQueueUrl\\}[\\s\\S]*"),
                        "DefinitionSubstitutions",
                        Map.of(
                                "ReviewQueueUrl", Map.of("Ref", Match.stringLikeRegexp("ReviewRequestsQueue.*")),
                                "DeliveriesQueueUrl", Map.of("Ref", Match.stringLikeRegexp("DeliveriesQueue.*")))));
    }

    @Test
    void theChatApiRoutesConnectThroughTheAuthorizerAndEveryRouteToTheOrchestrator() {
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Api",
                Map.of("ProtocolType", "WEBSOCKET", "RouteSelectionExpression", "$request.body.action"));
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Route", Map.of("RouteKey", "$connect", "AuthorizationType", "CUSTOM"));
        for (String route : List.of("$default", "$disconnect", "sendMessage")) {
            template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", route));
        }
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Authorizer",
                Map.of("AuthorizerType", "REQUEST", "IdentitySource", List.of("route.request.querystring.token")));
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Integration",
                Map.of(
                        "ConnectionType",
                        "VPC_LINK",
                        "RequestParameters",
                        Match.objectLike(Map.of(
                                "integration.request.header.X-Connection-Id", "context.connectionId",
                                "integration.request.header.Authorization", "context.authorizer.bearer"))));
        template.resourceCountIs("AWS::ApiGatewayV2::Integration", 3);
    }

    @Test
    void everyServiceRunsOnGravitonWithAnActuatorHealthCheckTheAwsProfileAndTheMetricsNamespace() {
        template.resourceCountIs("AWS::ECS::Service", ServiceSpec.ALL.size());
        for (ServiceSpec spec : ServiceSpec.ALL) {
            template.hasResourceProperties(
                    "AWS::ECS::TaskDefinition",
                    Map.of(
                            "RuntimePlatform", Map.of("CpuArchitecture", "ARM64", "OperatingSystemFamily", "LINUX"),
                            "ContainerDefinitions",
                                    List.of(Match.objectLike(Map.of(
                                            "Name", spec.name(),
                                            "HealthCheck",
                                                    Match.objectLike(Map.of(
                                                            "Command", List.of("CMD-SHELL", spec.healthCommand()))),
                                            "Environment",
                                                    Match.arrayWith(List.of(
                                                            Map.of("Name", "SPRING_PROFILES_ACTIVE", "Value", "aws"),
                                                            Map.of(
                                                                    "Name",
                                                                    "MANAGEMENT_CLOUDWATCH_METRICS_EXPORT_NAMESPACE",
                                                                    "Value",
                                                                    "MangaAssist"))))))));
        }
    }

    @Test
    void servicesScaleOnCpuAndTheQueueConsumersAlsoOnQueueDepth() {
        template.resourcePropertiesCountIs(
                "AWS::ApplicationAutoScaling::ScalingPolicy",
                Map.of("PolicyType", "TargetTrackingScaling"),
                ServiceSpec.ALL.size());
        long queueScaled = ServiceSpec.ALL.stream()
                .filter(s -> s.scalingQueue().isPresent())
                .count();
        assertThat(queueScaled).isEqualTo(2);
        // a step policy per direction (out and in) for each queue-scaled service
        template.resourcePropertiesCountIs(
                "AWS::ApplicationAutoScaling::ScalingPolicy",
                Map.of("PolicyType", "StepScaling"),
                (int) queueScaled * 2);
    }

    @Test
    void redisTheCatalogCollectionEmailPagesUsersAndLogsAreThere() {
        template.hasResourceProperties(
                "AWS::ElastiCache::ReplicationGroup",
                Map.of("Engine", "redis", "TransitEncryptionEnabled", true, "AutomaticFailoverEnabled", true));
        template.hasResourceProperties(
                "AWS::OpenSearchServerless::Collection", Map.of("Name", "prod-catalog", "Type", "VECTORSEARCH"));
        template.resourceCountIs("AWS::OpenSearchServerless::SecurityPolicy", 2);
        template.resourceCountIs("AWS::OpenSearchServerless::AccessPolicy", 1);
        template.hasResourceProperties("AWS::SES::EmailIdentity", Map.of("EmailIdentity", "mangaassist.example"));
        template.hasResourceProperties("AWS::SNS::Topic", Map.of("TopicName", "prod-pages"));
        for (String group : List.of("customer", "reviewer", "senior-reviewer", "ml-lead", "category-owner", "oncall")) {
            template.hasResourceProperties("AWS::Cognito::UserPoolGroup", Map.of("GroupName", group));
        }
        for (ServiceSpec spec : ServiceSpec.ALL) {
            template.hasResourceProperties(
                    "AWS::Logs::LogGroup",
                    Map.of("LogGroupName", "/mangaassist/prod/" + spec.name(), "RetentionInDays", 30));
        }
    }
}
