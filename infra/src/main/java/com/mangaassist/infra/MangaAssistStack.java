package com.mangaassist.infra;

import com.mangaassist.infra.alarms.RunbookAlarmSet;
import com.mangaassist.infra.iam.TaskRolePolicyCheck;
import com.mangaassist.infra.iam.TaskRoleStatements;
import com.mangaassist.model.iam.NamedResource;
import com.mangaassist.model.iam.ResourceRef;
import com.mangaassist.model.iam.ServicePermissions;
import com.mangaassist.model.resources.IndexDefinition;
import com.mangaassist.model.resources.KeyAttribute;
import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.ResourceNames;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.TableDefinition;
import com.mangaassist.model.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.IgnoreMode;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigatewayv2.CfnApi;
import software.amazon.awscdk.services.apigatewayv2.CfnAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.CfnIntegration;
import software.amazon.awscdk.services.apigatewayv2.CfnRoute;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.applicationautoscaling.ScalingInterval;
import software.amazon.awscdk.services.cognito.CfnUserPoolGroup;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.LambdaVersion;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolOperation;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.CloudMapOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.amazon.awscdk.services.elasticache.CfnSubnetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddNetworkTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseNetworkListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkLoadBalancer;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.opensearchserverless.CfnAccessPolicy;
import software.amazon.awscdk.services.opensearchserverless.CfnCollection;
import software.amazon.awscdk.services.opensearchserverless.CfnSecurityPolicy;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * The whole suite in one stack: every table, index, queue and DLQ of {@link Resources}; the review state machine
 * from its ASL file; the chat WebSocket API ($connect with a Cognito-JWT authorizer, $default, $disconnect, the
 * orchestrator behind a VPC link); the six services on ECS Fargate (ARM64, actuator health checks, CPU and queue
 * depth autoscaling) with task roles built from {@link ServicePermissions}; ElastiCache Redis; the catalog's
 * OpenSearch Serverless collection; the SES identity; the SNS pages topic; the Cognito user pool with the suite's
 * role groups; log groups with retention; one CloudWatch alarm per entry of the runbooks' alarm catalogue, paging
 * the SNS topic.
 */
public final class MangaAssistStack extends Stack {

    /** The WebSocket API's stage; part of the management endpoint and of the {@code @connections} ARNs. */
    public static final String STAGE = "live";

    static final String INTEGRATION_PATH = "/internal/ws/";

    private final DeploymentSettings settings;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Queue> queues = new LinkedHashMap<>();
    private final StateMachine reviewWorkflow;
    private final Topic pages;
    private final RunbookAlarmSet runbookAlarms;
    private final CfnCollection catalog;
    private final CfnApi chatApi;
    private final Map<String, software.amazon.awscdk.services.iam.Role> taskRoles = new LinkedHashMap<>();

    public MangaAssistStack(Construct scope, String id, StackProps props, DeploymentSettings settings) {
        super(scope, id, props);
        this.settings = settings;
        String prefix = settings.prefix();

        for (TableDefinition table : Resources.tables()) {
            tables.put(table.name(), table(table));
        }
        for (QueueDefinition queue : Resources.queues()) {
            queues.put(queue.name(), queue(queue));
        }
        reviewWorkflow = reviewWorkflow();

        pages = Topic.Builder.create(this, "Pages")
                .topicName(ResourceNames.physical(prefix, "pages"))
                .displayName("MangaAssist pages")
                .build();
        settings.pagesEmail().ifPresent(email -> pages.addSubscription(new EmailSubscription(email)));
        runbookAlarms = new RunbookAlarmSet(this, "RunbookAlarms", prefix, settings.metricsNamespace(), pages);

        EmailIdentity.Builder.create(this, "EmailIdentity")
                .identity(Identity.domain(settings.emailDomain()))
                .build();

        Vpc vpc = Vpc.Builder.create(this, "Vpc").maxAzs(2).natGateways(1).build();
        // DynamoDB traffic (most of the suite's calls) stays off the NAT gateway: no data-processing charge
        vpc.addGatewayEndpoint(
                "DynamoDb",
                software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions.builder()
                        .service(software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService.DYNAMODB)
                        .build());
        SecurityGroup services = SecurityGroup.Builder.create(this, "ServicesSecurityGroup")
                .vpc(vpc)
                .description("MangaAssist services: each other, the load balancers, Redis")
                .build();
        services.addIngressRule(services, Port.tcpRange(8080, 8085), "service to service");
        services.addIngressRule(Peer.ipv4(vpc.getVpcCidrBlock()), Port.tcpRange(8080, 8085), "load balancers");

        CfnReplicationGroup redis = redis(vpc, services);
        catalog = catalogCollection();
        UserPool users = userPool();

        NetworkLoadBalancer integrationLb = NetworkLoadBalancer.Builder.create(this, "ChatIntegrationLb")
                .vpc(vpc)
                .internetFacing(false)
                .build();
        chatApi = chatApi(integrationLb, users);

        Cluster cluster = Cluster.Builder.create(this, "Cluster")
                .vpc(vpc)
                .defaultCloudMapNamespace(software.amazon.awscdk.services.ecs.CloudMapNamespaceOptions.builder()
                        .name(prefix + ".internal")
                        .build())
                .build();
        ApplicationLoadBalancer consoleLb = ApplicationLoadBalancer.Builder.create(this, "ConsoleLb")
                .vpc(vpc)
                .internetFacing(true)
                .build();

        String issuer = users.getUserPoolProviderUrl();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            FargateService service = service(cluster, services, spec, environment(spec, issuer, redis, users));
            if (spec.name().equals(ServicePermissions.ORCHESTRATOR)) {
                integrationLb
                        .addListener(
                                "Http",
                                BaseNetworkListenerProps.builder().port(80).build())
                        .addTargets(
                                "Orchestrator",
                                AddNetworkTargetsProps.builder()
                                        .port(spec.port())
                                        .targets(List.of(service))
                                        .healthCheck(
                                                software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck
                                                        .builder()
                                                        .path("/actuator/health/readiness")
                                                        .protocol(
                                                                software.amazon.awscdk.services.elasticloadbalancingv2
                                                                        .Protocol.HTTP)
                                                        .build())
                                        .build());
            }
            if (spec.name().equals(ServicePermissions.CONSOLE)) {
                consoleLb
                        .addListener(
                                "Http",
                                BaseApplicationListenerProps.builder()
                                        .port(80)
                                        .protocol(ApplicationProtocol.HTTP)
                                        .build())
                        .addTargets(
                                "Console",
                                AddApplicationTargetsProps.builder()
                                        .port(spec.port())
                                        .protocol(ApplicationProtocol.HTTP)
                                        .targets(List.of(service))
                                        .healthCheck(
                                                software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck
                                                        .builder()
                                                        .path("/actuator/health/readiness")
                                                        .build())
                                        .build());
            }
        }

        CfnOutput.Builder.create(this, "ChatWebSocketUrl")
                .value(chatWebSocketUrl())
                .build();
        CfnOutput.Builder.create(this, "ConsoleUrl")
                .value("http://" + consoleLb.getLoadBalancerDnsName())
                .build();
        CfnOutput.Builder.create(this, "UserPoolId")
                .value(users.getUserPoolId())
                .build();
        CfnOutput.Builder.create(this, "PagesTopicArn")
                .value(pages.getTopicArn())
                .build();
        CfnOutput.Builder.create(this, "CatalogEndpoint")
                .value(catalog.getAttrCollectionEndpoint())
                .build();
        CfnOutput.Builder.create(this, "BedrockModelAccess")
                .description(
                        "Bedrock model access to request in the console (Bedrock > Model access) before the first chat")
                .value(String.join(",", settings.foundationModels()))
                .build();
    }

    /** The task role of a service (built from its grants). */
    public software.amazon.awscdk.services.iam.Role taskRole(String service) {
        return taskRoles.get(service);
    }

    /** Where this stack puts the resources a grant can name: what the template check expects. */
    public TaskRolePolicyCheck.Layout layout() {
        return new TaskRolePolicyCheck.Layout(
                settings.prefix(),
                STAGE,
                settings.emailDomain(),
                settings.foundationModels(),
                collectionName(),
                settings.metricsNamespace());
    }

    /** The pages topic, for the runbook alarms. */
    public Topic pages() {
        return pages;
    }

    /** The runbooks' alarms (docs/ALARMS.md), paging {@link #pages()}. */
    public RunbookAlarmSet runbookAlarms() {
        return runbookAlarms;
    }

    /** The IAM condition a declared resource's statement carries: only the metrics namespace has one. */
    Map<String, Object> conditions(ResourceRef resource) {
        if (resource.equals(new ResourceRef.Named(NamedResource.METRICS_NAMESPACE))) {
            return TaskRolePolicyCheck.metricsNamespaceCondition(settings.metricsNamespace());
        }
        return Map.of();
    }

    /** The ARNs a declared resource stands for in this stack. */
    List<String> arns(ResourceRef resource) {
        if (resource instanceof ResourceRef.Table) {
            return List.of(
                    tables.get(((ResourceRef.Table) resource).table().name()).getTableArn());
        }
        if (resource instanceof ResourceRef.Index) {
            ResourceRef.Index index = (ResourceRef.Index) resource;
            return List.of(tables.get(index.table().name()).getTableArn() + "/index/"
                    + index.index().name());
        }
        if (resource instanceof ResourceRef.Queue) {
            return List.of(
                    queues.get(((ResourceRef.Queue) resource).queue().name()).getQueueArn());
        }
        NamedResource named = ((ResourceRef.Named) resource).resource();
        switch (named) {
            case REVIEW_WORKFLOW:
                return List.of(reviewWorkflow.getStateMachineArn());
            case PAGES_TOPIC:
                return List.of(pages.getTopicArn());
            case CATALOG_COLLECTION:
                return List.of(catalog.getAttrArn());
            case EMAIL_IDENTITY:
                return List.of("arn:" + getPartition() + ":ses:" + getRegion() + ":" + getAccount() + ":identity/"
                        + settings.emailDomain());
            case METRICS_NAMESPACE:
                return List.of("*");
            case FOUNDATION_MODELS:
                return settings.foundationModels().stream()
                        .map(model ->
                                "arn:" + getPartition() + ":bedrock:" + getRegion() + "::foundation-model/" + model)
                        .toList();
            case CONNECTION_POST:
            case CONNECTION_GET:
            case CONNECTION_DELETE:
                // the connection id is the only wildcard: connections are created at run time
                return List.of("arn:" + getPartition() + ":execute-api:" + getRegion() + ":" + getAccount() + ":"
                        + chatApi.getRef() + "/" + STAGE + "/" + named.name().substring("CONNECTION_".length())
                        + "/@connections/*");
            default:
                throw new IllegalStateException("no ARN for " + named);
        }
    }

    private Table table(TableDefinition definition) {
        Table.Builder builder = Table.Builder.create(this, logicalId(definition.name()) + "Table")
                .tableName(definition.physicalName(settings.prefix()))
                .partitionKey(attribute(definition.partitionKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN);
        definition.sortKey().ifPresent(sort -> builder.sortKey(attribute(sort)));
        definition.ttlAttribute().ifPresent(builder::timeToLiveAttribute);
        Table table = builder.build();
        for (IndexDefinition index : definition.globalIndexes()) {
            GlobalSecondaryIndexProps.Builder props = GlobalSecondaryIndexProps.builder()
                    .indexName(index.name())
                    .partitionKey(attribute(index.partitionKey()))
                    .projectionType(ProjectionType.ALL);
            index.sortKey().ifPresent(sort -> props.sortKey(attribute(sort)));
            table.addGlobalSecondaryIndex(props.build());
        }
        return table;
    }

    private static Attribute attribute(KeyAttribute key) {
        return Attribute.builder()
                .name(key.name())
                .type(
                        key.type() == com.mangaassist.model.resources.AttributeType.NUMBER
                                ? AttributeType.NUMBER
                                : AttributeType.STRING)
                .build();
    }

    private Queue queue(QueueDefinition definition) {
        String id = logicalId(definition.name());
        Queue dlq = Queue.Builder.create(this, id + "Dlq")
                .queueName(definition.physicalDlqName(settings.prefix()))
                .retentionPeriod(Duration.seconds(definition.dlqRetention().toSeconds()))
                .encryption(QueueEncryption.SQS_MANAGED)
                .build();
        return Queue.Builder.create(this, id + "Queue")
                .queueName(definition.physicalName(settings.prefix()))
                .visibilityTimeout(
                        Duration.seconds(definition.visibilityTimeout().toSeconds()))
                .retentionPeriod(Duration.seconds(definition.retention().toSeconds()))
                .encryption(QueueEncryption.SQS_MANAGED)
                .deadLetterQueue(DeadLetterQueue.builder()
                        .queue(dlq)
                        .maxReceiveCount(definition.maxReceiveCount())
                        .build())
                .build();
    }

    /** The ASL the local stand-in runs, with the two queue URLs substituted; its role may only send to them. */
    private StateMachine reviewWorkflow() {
        Queue review = queues.get(Resources.REVIEW_QUEUE.name());
        Queue deliveries = queues.get(Resources.DELIVERIES.name());
        software.amazon.awscdk.services.iam.Role role = software.amazon.awscdk.services.iam.Role.Builder.create(
                        this, "ReviewWorkflowRole")
                .assumedBy(new ServicePrincipal("states.amazonaws.com"))
                .build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("sqs:SendMessage"))
                .resources(List.of(review.getQueueArn(), deliveries.getQueueArn()))
                .build());
        return StateMachine.Builder.create(this, "ReviewWorkflow")
                .stateMachineName(ResourceNames.physical(settings.prefix(), Resources.REVIEW_WORKFLOW))
                .stateMachineType(StateMachineType.STANDARD)
                .definitionBody(DefinitionBody.fromString(reviewWorkflowDefinition()))
                .definitionSubstitutions(Map.of(
                        "ReviewQueueUrl", review.getQueueUrl(),
                        "DeliveriesQueueUrl", deliveries.getQueueUrl()))
                .role(role)
                .build();
    }

    /** The review state machine's ASL, the same file the local stand-in runs. */
    static String reviewWorkflowDefinition() {
        try (InputStream in =
                MangaAssistStack.class.getClassLoader().getResourceAsStream(Resources.REVIEW_WORKFLOW_DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException(Resources.REVIEW_WORKFLOW_DEFINITION + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CfnReplicationGroup redis(Vpc vpc, SecurityGroup services) {
        SecurityGroup redisGroup = SecurityGroup.Builder.create(this, "RedisSecurityGroup")
                .vpc(vpc)
                .description("Redis: from the services only")
                .build();
        redisGroup.addIngressRule(services, Port.tcp(6379), "services");
        CfnSubnetGroup subnets = CfnSubnetGroup.Builder.create(this, "RedisSubnets")
                .description("MangaAssist Redis")
                .subnetIds(vpc.selectSubnets(SubnetSelection.builder()
                                .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                                .build())
                        .getSubnetIds())
                .build();
        return CfnReplicationGroup.Builder.create(this, "Redis")
                .replicationGroupDescription("MangaAssist caches, rate limits and change notifications")
                .engine("redis")
                .cacheNodeType("cache.t4g.small")
                .numCacheClusters(2)
                .automaticFailoverEnabled(true)
                .multiAzEnabled(true)
                .transitEncryptionEnabled(true)
                .atRestEncryptionEnabled(true)
                .cacheSubnetGroupName(subnets.getRef())
                .securityGroupIds(List.of(redisGroup.getSecurityGroupId()))
                .build();
    }

    /** The catalog's vector collection, its encryption and network policies; data access for the orchestrator. */
    private CfnCollection catalogCollection() {
        String name = collectionName();
        CfnSecurityPolicy encryption = CfnSecurityPolicy.Builder.create(this, "CatalogEncryption")
                .name(name + "-enc")
                .type("encryption")
                .policy("{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/" + name
                        + "\"]}],\"AWSOwnedKey\":true}")
                .build();
        CfnSecurityPolicy network = CfnSecurityPolicy.Builder.create(this, "CatalogNetwork")
                .name(name + "-net")
                .type("network")
                .policy("[{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/" + name
                        + "\"]}],\"AllowFromPublic\":true}]")
                .build();
        CfnCollection collection = CfnCollection.Builder.create(this, "Catalog")
                .name(name)
                .type("VECTORSEARCH")
                .description("MangaAssist catalog: products and their embeddings")
                .build();
        collection.addDependency(encryption);
        collection.addDependency(network);
        return collection;
    }

    private String collectionName() {
        String name = (settings.prefix() + "-catalog").toLowerCase(java.util.Locale.ROOT);
        return name.length() <= 32 ? name : name.substring(name.length() - 32);
    }

    private UserPool userPool() {
        Function rolesClaim = Function.Builder.create(this, "RolesClaim")
                .runtime(Runtime.NODEJS_20_X)
                .handler("index.handler")
                .code(Code.fromInline(resource("lambda/roles-claim.js")))
                .timeout(Duration.seconds(5))
                .build();
        UserPool pool = UserPool.Builder.create(this, "Users")
                .userPoolName(ResourceNames.physical(settings.prefix(), "users"))
                .selfSignUpEnabled(true)
                .signInAliases(SignInAliases.builder().email(true).build())
                .featurePlan(FeaturePlan.ESSENTIALS)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        pool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, rolesClaim, LambdaVersion.V2_0);
        for (Role role : Role.values()) {
            CfnUserPoolGroup.Builder.create(this, "Group" + logicalId(role.claimValue()))
                    .userPoolId(pool.getUserPoolId())
                    .groupName(role.claimValue())
                    .description(role == Role.CUSTOMER ? "customers of the store" : "staff: " + role.claimValue())
                    .build();
        }
        pool.addDomain(
                "Domain",
                software.amazon.awscdk.services.cognito.UserPoolDomainOptions.builder()
                        .cognitoDomain(software.amazon.awscdk.services.cognito.CognitoDomainOptions.builder()
                                .domainPrefix(settings.prefix())
                                .build())
                        .build());
        UserPoolClient.Builder.create(this, "ConsoleClient")
                .userPool(pool)
                .generateSecret(true)
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(List.of(settings.consoleCallbackUrl()))
                        .build())
                .build();
        UserPoolClient.Builder.create(this, "ChatClient")
                .userPool(pool)
                .generateSecret(false)
                .build();
        return pool;
    }

    /** $connect (JWT authorizer), $default and sendMessage, $disconnect: HTTP to the orchestrator over a VPC link. */
    private CfnApi chatApi(NetworkLoadBalancer integrationLb, UserPool users) {
        CfnApi api = CfnApi.Builder.create(this, "ChatApi")
                .name(ResourceNames.physical(settings.prefix(), "chat"))
                .protocolType("WEBSOCKET")
                .routeSelectionExpression("$request.body.action")
                .build();
        software.amazon.awscdk.services.apigateway.CfnVpcLink link =
                software.amazon.awscdk.services.apigateway.CfnVpcLink.Builder.create(this, "ChatVpcLink")
                        .name(ResourceNames.physical(settings.prefix(), "chat"))
                        .targetArns(List.of(integrationLb.getLoadBalancerArn()))
                        .build();
        Function authorizerFunction = Function.Builder.create(this, "ChatAuthorizerFunction")
                .runtime(Runtime.NODEJS_20_X)
                .handler("index.handler")
                .code(Code.fromInline(resource("lambda/ws-authorizer.js")))
                .environment(Map.of("ISSUER", users.getUserPoolProviderUrl()))
                .timeout(Duration.seconds(10))
                .build();
        authorizerFunction.addPermission(
                "InvokedByChatApi",
                software.amazon.awscdk.services.lambda.Permission.builder()
                        .principal(new ServicePrincipal("apigateway.amazonaws.com"))
                        .sourceArn("arn:" + getPartition() + ":execute-api:" + getRegion() + ":" + getAccount() + ":"
                                + api.getRef() + "/authorizers/*")
                        .build());
        CfnAuthorizer authorizer = CfnAuthorizer.Builder.create(this, "ChatAuthorizer")
                .apiId(api.getRef())
                .name("cognito-jwt")
                .authorizerType("REQUEST")
                .identitySource(List.of("route.request.querystring.token"))
                .authorizerUri("arn:" + getPartition() + ":apigateway:" + getRegion()
                        + ":lambda:path/2015-03-31/functions/" + authorizerFunction.getFunctionArn() + "/invocations")
                .build();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("integration.request.header.X-Connection-Id", "context.connectionId");
        headers.put("integration.request.header.X-Route-Key", "context.routeKey");
        headers.put("integration.request.header.X-Request-Id", "context.requestId");
        headers.put("integration.request.header.X-Source-Ip", "context.identity.sourceIp");
        headers.put("integration.request.header.Authorization", "context.authorizer.bearer");
        String base = "http://" + integrationLb.getLoadBalancerDnsName() + INTEGRATION_PATH;
        Map<String, CfnIntegration> integrations = new LinkedHashMap<>();
        for (String path : List.of("connect", "message", "disconnect")) {
            integrations.put(
                    path,
                    CfnIntegration.Builder.create(this, "ChatIntegration" + logicalId(path))
                            .apiId(api.getRef())
                            .integrationType("HTTP")
                            .integrationMethod("POST")
                            .integrationUri(base + path)
                            .connectionType("VPC_LINK")
                            .connectionId(link.getRef())
                            .requestParameters(headers)
                            .timeoutInMillis(29_000)
                            .build());
        }
        route(api, "$connect", integrations.get("connect"), authorizer);
        route(api, "$default", integrations.get("message"), null);
        route(api, "sendMessage", integrations.get("message"), null);
        route(api, "$disconnect", integrations.get("disconnect"), null);
        LogGroup access = LogGroup.Builder.create(this, "ChatApiAccessLogs")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        CfnStage.Builder.create(this, "ChatStage")
                .apiId(api.getRef())
                .stageName(STAGE)
                .autoDeploy(true)
                .accessLogSettings(CfnStage.AccessLogSettingsProperty.builder()
                        .destinationArn(access.getLogGroupArn())
                        .format("{\"requestId\":\"$context.requestId\",\"routeKey\":\"$context.routeKey\","
                                + "\"status\":\"$context.status\",\"connectionId\":\"$context.connectionId\"}")
                        .build())
                .build();
        return api;
    }

    private void route(CfnApi api, String key, CfnIntegration integration, CfnAuthorizer authorizer) {
        CfnRoute.Builder route = CfnRoute.Builder.create(this, "ChatRoute" + logicalId(key.replace("$", "")))
                .apiId(api.getRef())
                .routeKey(key)
                .target("integrations/" + integration.getRef());
        if (authorizer != null) {
            route.authorizationType("CUSTOM").authorizerId(authorizer.getRef());
        } else {
            route.authorizationType("NONE");
        }
        route.build();
    }

    private String chatWebSocketUrl() {
        return "wss://" + chatApi.getRef() + ".execute-api." + getRegion() + "." + getUrlSuffix() + "/" + STAGE;
    }

    private String managementEndpoint() {
        return "https://" + chatApi.getRef() + ".execute-api." + getRegion() + "." + getUrlSuffix() + "/" + STAGE;
    }

    private Map<String, String> environment(
            ServiceSpec spec, String issuer, CfnReplicationGroup redis, UserPool users) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "aws");
        env.put("AWS_REGION", getRegion());
        env.put("PORT", Integer.toString(spec.port()));
        env.put("MANGAASSIST_RESOURCE_PREFIX", settings.prefix());
        env.put("COGNITO_ISSUER_URI", issuer);
        env.put("MANAGEMENT_CLOUDWATCH_METRICS_EXPORT_NAMESPACE", settings.metricsNamespace());
        env.put("MANGAASSIST_ONCALL_TOPIC_ARN", pages.getTopicArn());
        if (spec.redis()) {
            env.put("SPRING_DATA_REDIS_HOST", redis.getAttrPrimaryEndPointAddress());
            env.put("SPRING_DATA_REDIS_PORT", redis.getAttrPrimaryEndPointPort());
            env.put("SPRING_DATA_REDIS_SSL_ENABLED", "true");
        }
        switch (spec.name()) {
            case ServicePermissions.ORCHESTRATOR:
                env.put("APIGW_MANAGEMENT_ENDPOINT", managementEndpoint());
                env.put("OPENSEARCH_ENDPOINT", catalog.getAttrCollectionEndpoint());
                env.put("REVIEW_STATE_MACHINE_ARN", reviewWorkflow.getStateMachineArn());
                break;
            case ServicePermissions.DELIVERY_WATCHDOG:
                // map keys with dashes do not survive environment-variable binding; JSON keeps them
                env.put(
                        "SPRING_APPLICATION_JSON",
                        "{\"mangaassist\":{\"aws\":{\"endpoints\":{\"apigateway-management\":\"" + managementEndpoint()
                                + "\"}},\"delivery\":{\"email\":{\"from\":\"" + settings.emailSender() + "\"}}}}");
                break;
            case ServicePermissions.CONSOLE:
                String namespace = settings.prefix() + ".internal";
                env.put("CHAT_WEBSOCKET_URL", chatWebSocketUrl());
                // the on-call checklist's step 6 lists the review workflow's stuck and timed-out executions
                env.put("REVIEW_STATE_MACHINE_ARN", reviewWorkflow.getStateMachineArn());
                env.put("COGNITO_ISSUER", issuer);
                env.put(
                        "COGNITO_DOMAIN",
                        "https://" + settings.prefix() + ".auth." + getRegion() + ".amazoncognito.com");
                env.put("ORCHESTRATOR_URL", "http://" + ServicePermissions.ORCHESTRATOR + "." + namespace + ":8081");
                env.put(
                        "REVIEW_QUEUE_URL",
                        "http://" + ServicePermissions.REVIEW_QUEUE_SERVICE + "." + namespace + ":8082");
                env.put("FEEDBACK_URL", "http://" + ServicePermissions.FEEDBACK_SERVICE + "." + namespace + ":8083");
                env.put("THRESHOLD_URL", "http://" + ServicePermissions.THRESHOLD_SERVICE + "." + namespace + ":8084");
                env.put(
                        "DELIVERY_WATCHDOG_URL",
                        "http://" + ServicePermissions.DELIVERY_WATCHDOG + "." + namespace + ":8085");
                // CONSOLE_COGNITO_CLIENT_ID / _SECRET: from the ConsoleClient app client, see docs/DEPLOY.md
                break;
            default:
                break;
        }
        return env;
    }

    private FargateService service(
            Cluster cluster, SecurityGroup securityGroup, ServiceSpec spec, Map<String, String> environment) {
        String id = logicalId(spec.name());
        software.amazon.awscdk.services.iam.Role role = software.amazon.awscdk.services.iam.Role.Builder.create(
                        this, id + "TaskRole")
                .roleName(taskRoleName(settings.prefix(), spec.name()))
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("MangaAssist " + spec.name() + ": exactly the grants of ServicePermissions")
                .build();
        TaskRoleStatements.of(ServicePermissions.of(spec.name()), this::arns, this::conditions)
                .forEach(role::addToPolicy);
        if (spec.name().equals(ServicePermissions.ORCHESTRATOR)) {
            CfnAccessPolicy.Builder.create(this, "CatalogDataAccess")
                    .name(collectionName() + "-data")
                    .type("data")
                    .policy(software.amazon.awscdk.Fn.join(
                            "",
                            List.of(
                                    "[{\"Rules\":[{\"ResourceType\":\"index\",\"Resource\":[\"index/" + collectionName()
                                            + "/*\"],\"Permission\":[\"aoss:CreateIndex\",\"aoss:DescribeIndex\","
                                            + "\"aoss:UpdateIndex\",\"aoss:ReadDocument\",\"aoss:WriteDocument\"]},"
                                            + "{\"ResourceType\":\"collection\",\"Resource\":[\"collection/"
                                            + collectionName()
                                            + "\"],\"Permission\":[\"aoss:DescribeCollectionItems\"]}],\"Principal\":[\"",
                                    role.getRoleArn(),
                                    "\"]}]")))
                    .build();
        }
        taskRoles.put(spec.name(), role);

        LogGroup logs = LogGroup.Builder.create(this, id + "Logs")
                .logGroupName("/mangaassist/" + settings.prefix() + "/" + spec.name())
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        FargateTaskDefinition task = FargateTaskDefinition.Builder.create(this, id + "Task")
                .cpu(spec.cpu())
                .memoryLimitMiB(spec.memoryMiB())
                .runtimePlatform(RuntimePlatform.builder()
                        .cpuArchitecture(CpuArchitecture.ARM64)
                        .operatingSystemFamily(OperatingSystemFamily.LINUX)
                        .build())
                .taskRole(role)
                .build();
        task.addContainer(
                "app",
                ContainerDefinitionOptions.builder()
                        .containerName(spec.name())
                        .image(image(spec.name()))
                        .environment(environment)
                        .portMappings(List.of(
                                PortMapping.builder().containerPort(spec.port()).build()))
                        .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder()
                                .logGroup(logs)
                                .streamPrefix(spec.name())
                                .build()))
                        .healthCheck(HealthCheck.builder()
                                .command(List.of("CMD-SHELL", spec.healthCommand()))
                                .interval(Duration.seconds(15))
                                .timeout(Duration.seconds(5))
                                .retries(3)
                                .startPeriod(Duration.seconds(90))
                                .build())
                        .build());
        FargateService service = FargateService.Builder.create(this, id + "Service")
                .serviceName(spec.name())
                .cluster(cluster)
                .taskDefinition(task)
                .desiredCount(spec.minTasks())
                // a deployment starts the new tasks before it stops the old ones: no capacity dip
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .securityGroups(List.of(securityGroup))
                .cloudMapOptions(CloudMapOptions.builder().name(spec.name()).build())
                .circuitBreaker(software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker.builder()
                        .rollback(true)
                        .build())
                .healthCheckGracePeriod(
                        spec.name().equals(ServicePermissions.ORCHESTRATOR)
                                        || spec.name().equals(ServicePermissions.CONSOLE)
                                ? Duration.seconds(120)
                                : null)
                .build();
        var scaling = service.autoScaleTaskCount(EnableScalingProps.builder()
                .minCapacity(spec.minTasks())
                .maxCapacity(spec.maxTasks())
                .build());
        scaling.scaleOnCpuUtilization(
                "Cpu",
                CpuUtilizationScalingProps.builder()
                        .targetUtilizationPercent(60)
                        .build());
        spec.scalingQueue()
                .ifPresent(queue -> scaling.scaleOnMetric(
                        "QueueDepth",
                        software.amazon.awscdk.services.applicationautoscaling.BasicStepScalingPolicyProps.builder()
                                .metric(queues.get(queue.name()).metricApproximateNumberOfMessagesVisible())
                                .scalingSteps(List.of(
                                        ScalingInterval.builder()
                                                .upper(10)
                                                .change(-1)
                                                .build(),
                                        ScalingInterval.builder()
                                                .lower(100)
                                                .change(+1)
                                                .build(),
                                        ScalingInterval.builder()
                                                .lower(1000)
                                                .change(+3)
                                                .build()))
                                .build()));
        return service;
    }

    private ContainerImage image(String service) {
        if (settings.imageRepositoryPrefix().isPresent()) {
            return ContainerImage.fromEcrRepository(
                    Repository.fromRepositoryName(
                            this,
                            logicalId(service) + "Repository",
                            settings.imageRepositoryPrefix().get() + service),
                    settings.imageTag());
        }
        // the build context is the repository root, reduced to the Dockerfile and the service jars
        return ContainerImage.fromAsset(
                settings.repositoryRoot(),
                AssetImageProps.builder()
                        .file("infra/docker/Dockerfile")
                        .buildArgs(Map.of("SERVICE", service))
                        .platform(Platform.LINUX_ARM64)
                        .ignoreMode(IgnoreMode.DOCKER)
                        .exclude(List.of(
                                "*", "!infra/docker/Dockerfile", "!" + service + "/target/" + service + "-*-exec.jar"))
                        .build());
    }

    /** The physical name of a service's task role: what the template check finds the role by. */
    public static String taskRoleName(String prefix, String service) {
        return ResourceNames.physical(prefix, service + "-task");
    }

    private static String resource(String path) {
        try (InputStream in = MangaAssistStack.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String logicalId(String name) {
        StringBuilder id = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
