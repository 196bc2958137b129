package com.mangaassist.localaws;

import com.mangaassist.localaws.auth.JwtIssuer;
import com.mangaassist.localaws.containers.ContainerPlan;
import com.mangaassist.localaws.containers.LocalStackContainers;
import com.mangaassist.localaws.dynamodb.DynaliteStandIn;
import com.mangaassist.localaws.dynamodb.TableProvisioner;
import com.mangaassist.localaws.gateway.WebSocketGateway;
import com.mangaassist.localaws.junit.AwsBackend;
import com.mangaassist.localaws.opensearch.OpenSearchStandIn;
import com.mangaassist.localaws.redis.RedisStandIn;
import com.mangaassist.localaws.ses.SesStandIn;
import com.mangaassist.localaws.sqs.ElasticMqStandIn;
import com.mangaassist.localaws.sqs.QueueProvisioner;
import com.mangaassist.localaws.stepfunctions.ReviewWorkflowProvisioner;
import com.mangaassist.localaws.stepfunctions.StepFunctionsStandIn;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The composed local stack: starts the chosen stand-ins (OpenSearch in parallel, it is the slow one),
 * provisions every table and queue of the shared definitions under a prefix, and stops everything on
 * {@link #close()}.
 */
public final class LocalAwsStack implements AutoCloseable {

    /** Region and dummy credentials every local client uses. */
    public static final Region REGION = Region.US_EAST_1;

    private static final Logger log = LoggerFactory.getLogger(LocalAwsStack.class);

    private final List<StandIn> started = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> endpoints = Collections.synchronizedMap(new LinkedHashMap<>());
    private WebSocketGateway gateway;
    private LocalStackContainers containers;
    private ElasticMqStandIn elasticMq;
    private DynamoDbClient dynamoDb;
    private SqsClient sqs;
    private SfnClient sfn;

    private LocalAwsStack() {}

    /** Starts {@code components}; node stand-ins run from {@code nodeDir}. Provisions {@code prefix}. */
    public static LocalAwsStack start(Set<Component> components, Path nodeDir, String prefix, URI integration)
            throws Exception {
        return start(components, nodeDir, prefix, integration, Options.defaults());
    }

    /** As above; OpenSearch keeps its data in {@code openSearchHome} across restarts when it is given. */
    public static LocalAwsStack start(
            Set<Component> components, Path nodeDir, String prefix, URI integration, Path openSearchHome)
            throws Exception {
        return start(components, nodeDir, prefix, integration, openSearchHome, AwsBackend.LOCAL_AWS);
    }

    /**
     * As above, on {@code backend}: with {@link AwsBackend#LOCALSTACK} DynamoDB, SQS, Step Functions, SES, Redis and
     * OpenSearch are containers ({@link ContainerPlan}) and only the gateway and the issuer are stand-ins; the
     * endpoint keys and the provisioning are the same.
     */
    public static LocalAwsStack start(
            Set<Component> components,
            Path nodeDir,
            String prefix,
            URI integration,
            Path openSearchHome,
            AwsBackend backend)
            throws Exception {
        return start(components, nodeDir, prefix, integration, new Options(openSearchHome, backend, null, 0, 0, 0));
    }

    /**
     * How a stack starts beyond its components.
     *
     * @param openSearchHome where OpenSearch keeps its data across restarts; null: a temporary directory
     * @param backend stand-ins, or containers for everything but the gateway and the issuer
     * @param externalAws a LocalStack that runs already (docker-compose.yml): DynamoDB, SQS, Step Functions and SES
     *     are not started but provisioned there and handed out at this endpoint; null: none
     * @param issuerPort the issuer's port; 0: a free one
     * @param gatewayPort the gateway's WebSocket port; 0: a free one
     * @param gatewayManagementPort the gateway's {@code @connections} port; 0: a free one
     */
    public record Options(
            Path openSearchHome,
            AwsBackend backend,
            URI externalAws,
            int issuerPort,
            int gatewayPort,
            int gatewayManagementPort) {

        public Options {
            backend = backend == null ? AwsBackend.LOCAL_AWS : backend;
        }

        /** Free ports, the stand-ins, no external LocalStack. */
        public static Options defaults() {
            return new Options(null, AwsBackend.LOCAL_AWS, null, 0, 0, 0);
        }
    }

    /** Starts {@code components} as {@code options} say and provisions {@code prefix}. */
    public static LocalAwsStack start(
            Set<Component> components, Path nodeDir, String prefix, URI integration, Options options) throws Exception {
        LocalAwsStack stack = new LocalAwsStack();
        try {
            Set<Component> standIns = EnumSet.noneOf(Component.class);
            standIns.addAll(components);
            if (options.backend() == AwsBackend.LOCALSTACK) {
                ContainerPlan plan = ContainerPlan.of(standIns);
                if (plan.needsDocker()) {
                    stack.containers = LocalStackContainers.start(plan);
                    stack.endpoints.putAll(stack.containers.endpoints());
                    log.info("containers ready: {}", stack.containers.endpoints());
                }
                standIns.removeAll(ContainerPlan.replaced());
            } else if (options.externalAws() != null) {
                stack.endpoints.putAll(ContainerPlan.of(standIns).awsEndpoints(options.externalAws()));
                standIns.removeAll(ContainerPlan.servedByLocalStack());
                log.info("DynamoDB, SQS, Step Functions and SES at {}: provisioned there", options.externalAws());
            }
            stack.startAll(standIns, nodeDir, integration, options);
            stack.connectClients();
            stack.provision(prefix);
            stack.endpoints.put("prefix", prefix);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Set<Component> components, Path nodeDir, URI integration, Options options) throws Exception {
        Path openSearchHome = options.openSearchHome();
        CompletableFuture<Void> openSearch = CompletableFuture.completedFuture(null);
        if (components.contains(Component.OPENSEARCH)) {
            OpenSearchStandIn standIn =
                    openSearchHome == null ? new OpenSearchStandIn() : new OpenSearchStandIn(openSearchHome);
            openSearch = CompletableFuture.runAsync(() -> startUnchecked(standIn, "opensearch"));
        }
        if (components.contains(Component.DYNAMODB)) {
            start(new DynaliteStandIn(nodeDir), "dynamodb");
        }
        if (components.contains(Component.SQS)) {
            elasticMq = new ElasticMqStandIn();
            start(elasticMq, "sqs");
        }
        if (components.contains(Component.STEPFUNCTIONS)) {
            URI sqsEndpoint = endpoints.containsKey("sqs") ? URI.create(endpoints.get("sqs")) : null;
            start(new StepFunctionsStandIn(nodeDir, sqsEndpoint), "stepfunctions");
        }
        if (components.contains(Component.REDIS)) {
            start(new RedisStandIn(), "redis");
        }
        if (components.contains(Component.ISSUER)) {
            start(new JwtIssuer(options.issuerPort()), "issuer");
        }
        if (components.contains(Component.SES)) {
            start(new SesStandIn(), "ses");
        }
        if (components.contains(Component.GATEWAY)) {
            gateway = new WebSocketGateway(integration).onPorts(options.gatewayPort(), options.gatewayManagementPort());
            start(gateway, "gateway-management");
            endpoints.put("gateway-websocket", gateway.webSocketUri().toString());
        }
        try {
            openSearch.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Provisioning clients for whichever back end serves DynamoDB, SQS and Step Functions. */
    private void connectClients() {
        if (endpoints.containsKey("dynamodb")) {
            dynamoDb = DynamoDbClient.builder()
                    .endpointOverride(URI.create(endpoints.get("dynamodb")))
                    .region(REGION)
                    .credentialsProvider(dummyCredentials())
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
        }
        if (endpoints.containsKey("sqs")) {
            sqs = SqsClient.builder()
                    .endpointOverride(URI.create(endpoints.get("sqs")))
                    .region(REGION)
                    .credentialsProvider(dummyCredentials())
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
        }
        if (endpoints.containsKey("stepfunctions")) {
            sfn = SfnClient.builder()
                    .endpointOverride(URI.create(endpoints.get("stepfunctions")))
                    .region(REGION)
                    .credentialsProvider(dummyCredentials())
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
        }
    }

    private void startUnchecked(StandIn standIn, String key) {
        try {
            start(standIn, key);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private void start(StandIn standIn, String key) throws Exception {
        long begin = System.nanoTime();
        started.add(standIn);
        standIn.start();
        endpoints.put(key, standIn.endpoint().toString());
        log.info(
                "{} ready at {} in {} ms", standIn.name(), standIn.endpoint(), (System.nanoTime() - begin) / 1_000_000);
    }

    /**
     * Creates every table and queue of the shared definitions under {@code prefix}, and the review state machine
     * {@code <prefix>-review-workflow} wired to that prefix's queues (see
     * {@link com.mangaassist.localaws.stepfunctions.StateMachineArns#reviewWorkflow(String)}); idempotent.
     */
    public void provision(String prefix) {
        if (dynamoDb != null) {
            new TableProvisioner(dynamoDb, prefix).provisionAll();
        }
        if (sqs != null) {
            new QueueProvisioner(sqs, prefix).provisionAll();
        }
        if (sfn != null && sqs != null) {
            new ReviewWorkflowProvisioner(sfn, sqs, prefix).provision();
        } else if (sfn != null) {
            log.info("no SQS in this stack: the review state machine of {} is not provisioned", prefix);
        }
    }

    /** Points the gateway's routes at the service that handles them (the orchestrator). */
    public void setGatewayIntegration(URI integrationBase) {
        if (gateway == null) {
            throw new IllegalStateException("the gateway is not part of this stack");
        }
        gateway.setIntegrationBase(integrationBase);
    }

    /** Game days: refuses PostToConnection signed with these access key ids (empty: everyone may post again). */
    public void denyPostToConnection(java.util.Set<String> accessKeyIds) {
        if (gateway == null) {
            throw new IllegalStateException("the gateway is not part of this stack");
        }
        gateway.denyPostToConnection(accessKeyIds);
    }

    /** The access key ids refused PostToConnection now. */
    public java.util.Set<String> postToConnectionDenied() {
        if (gateway == null) {
            throw new IllegalStateException("the gateway is not part of this stack");
        }
        return gateway.postToConnectionDenied();
    }

    /** Switches the SQS replay drill on or off (see {@link com.mangaassist.localaws.sqs.SqsReplayFront}). */
    public void setSqsReplay(boolean on) {
        sqsStandIn().setReplay(on);
    }

    /** {@code twice <copies sent>} or {@code off <copies sent>}. */
    public String sqsReplayState() {
        return sqsStandIn().replayState();
    }

    private ElasticMqStandIn sqsStandIn() {
        if (elasticMq == null) {
            throw new IllegalStateException("SQS is not part of this stack");
        }
        return elasticMq;
    }

    public Map<String, String> endpoints() {
        synchronized (endpoints) {
            return Map.copyOf(endpoints);
        }
    }

    /** Stops every stand-in, newest first; never throws. */
    @Override
    public void close() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        if (sqs != null) {
            sqs.close();
        }
        if (sfn != null) {
            sfn.close();
        }
        List<StandIn> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
            started.clear();
        }
        Collections.reverse(toStop);
        for (StandIn standIn : toStop) {
            try {
                standIn.close();
            } catch (RuntimeException e) {
                log.error("stopping {} failed", standIn.name(), e);
            }
        }
        if (containers != null) {
            containers.close();
            containers = null;
        }
    }

    static StaticCredentialsProvider dummyCredentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }
}
