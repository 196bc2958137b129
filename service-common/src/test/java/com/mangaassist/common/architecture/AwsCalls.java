package com.mangaassist.common.architecture;

import com.mangaassist.model.iam.Grant;
import com.mangaassist.model.iam.NamedResource;
import com.mangaassist.model.iam.ResourceRef;
import com.mangaassist.model.iam.ServicePermissions;
import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.TableDefinition;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the AWS calls a service makes from its bytecode, and compares them with the service's declaration in
 * {@link ServicePermissions}: the IAM actions (every call on an AWS SDK v2 {@code *Client} of
 * {@code software.amazon.awssdk.services}, mapped to the action IAM authorises it with), and the tables and
 * queues of {@link Resources} the code wires in. The classes looked at are the service's own plus every class of
 * {@code service-common} they reach (the audit log, the single-runner lease, the SNS pager).
 *
 * <p>Why: scenario 4 of the runbooks happened because a role lost a right in a refactor; the task roles are built
 * from the declaration, so the declaration must follow the code.
 */
public final class AwsCalls {

    private static final String SDK_SERVICES = "software.amazon.awssdk.services.";
    private static final String COMMON = "com.mangaassist.common";
    private static final String OPENSEARCH_SIGNED_TRANSPORT = "org.opensearch.client.transport.aws.AwsSdk2Transport";

    /** IAM prefix per SDK client interface. */
    private static final Map<String, String> PREFIXES = Map.of(
            "DynamoDbClient", "dynamodb",
            "SqsClient", "sqs",
            "SfnClient", "states",
            "SnsClient", "sns",
            "SesV2Client", "ses",
            "BedrockRuntimeClient", "bedrock",
            "ApiGatewayManagementApiClient", "execute-api");

    /** Client methods that are not requests. */
    private static final Set<String> NOT_REQUESTS =
            Set.of("close", "serviceName", "serviceClientConfiguration", "utilities", "create", "builder");

    private static final Map<String, String> TRANSACT_ITEMS = Map.of(
            "put", "dynamodb:PutItem",
            "update", "dynamodb:UpdateItem",
            "delete", "dynamodb:DeleteItem",
            "conditionCheck", "dynamodb:ConditionCheckItem");

    private AwsCalls() {}

    /** What the code of one service does in AWS. */
    public record Derived(Map<String, Set<String>> actions, Set<String> resources) {

        /** The declaration's view of the same: actions and resource keys (tables, indexes' tables, queues, named). */
        public static Derived declared(String service) {
            Map<String, Set<String>> actions = new TreeMap<>();
            Set<String> resources = new TreeSet<>();
            for (Grant grant : ServicePermissions.of(service)) {
                if (grant.resource().equals(new ResourceRef.Named(NamedResource.METRICS_NAMESPACE))) {
                    continue; // PutMetricData is called by micrometer-registry-cloudwatch2, not by our adapters
                }
                actions.computeIfAbsent(grant.action(), a -> new TreeSet<>())
                        .add(grant.resource().key());
                resources.add(coarseKey(grant.resource()));
            }
            return new Derived(actions, resources);
        }
    }

    /** Imports the service's production classes and {@code service-common}'s. */
    public static JavaClasses importService(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
                .importPackages(rootPackage, COMMON);
    }

    /** The calls made by the classes under {@code rootPackage} and the common classes they reach. */
    public static Derived derive(JavaClasses classes, String rootPackage) {
        List<JavaClass> reached = reach(classes, rootPackage);
        Map<String, Set<String>> actions = new TreeMap<>();
        Set<String> resources = new TreeSet<>();
        for (JavaClass type : reached) {
            classCalls(type, actions, resources);
        }
        for (String action : actions.keySet()) {
            named(action).ifPresent(named -> resources.add(new ResourceRef.Named(named).key()));
        }
        return new Derived(actions, resources);
    }

    /** The AWS actions one class calls (and the Resources it names), added to {@code actions} and {@code resources}. */
    private static void classCalls(JavaClass type, Map<String, Set<String>> actions, Set<String> resources) {
        boolean transacts = false;
        Set<String> transactItems = new TreeSet<>();
        for (JavaAccess<?> call : type.getAccessesFromSelf()) {
            JavaClass owner = call.getTargetOwner();
            String origin = type.getSimpleName() + "." + call.getOrigin().getName();
            if (call instanceof JavaFieldAccess) {
                resourceField(owner, call.getName()).ifPresent(resources::add);
                continue;
            }
            if (owner.getName().equals(OPENSEARCH_SIGNED_TRANSPORT)) {
                add(actions, "aoss:APIAccessAll", origin);
                continue;
            }
            if (owner.getName().startsWith("software.amazon.awssdk.services.dynamodb.model.TransactWriteItem$")) {
                String item = TRANSACT_ITEMS.get(call.getName());
                if (item != null) {
                    transactItems.add(item);
                }
                continue;
            }
            String prefix = PREFIXES.get(owner.getSimpleName());
            if (prefix == null
                    || !owner.getPackageName().startsWith(SDK_SERVICES)
                    || NOT_REQUESTS.contains(call.getName())) {
                continue;
            }
            if (call.getName().equals("transactWriteItems")) {
                transacts = true;
                continue;
            }
            add(actions, prefix + ":" + operation(prefix, call.getName()), origin);
            connection(call.getName()).ifPresent(named -> resources.add(new ResourceRef.Named(named).key()));
        }
        if (transacts) {
            if (transactItems.isEmpty()) {
                throw new IllegalStateException(type.getName()
                        + " calls transactWriteItems but builds no TransactWriteItem: its item actions are unknown");
            }
            transactItems.forEach(item -> add(actions, item, type.getSimpleName() + ".transactWriteItems"));
        }
    }

    /**
     * Per table: a wiring method that names {@code Resources.<TABLE>} and constructs an adapter hands the table
     * to it, so every DynamoDB action that adapter calls must be declared on that table (or, when the method names
     * several tables, on one of them). One finding per undeclared (adapter, action, table).
     */
    public static List<String> undeclaredTableActions(JavaClasses classes, String rootPackage, String service) {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Grant grant : ServicePermissions.of(service)) {
            String key = coarseKey(grant.resource());
            if (key.startsWith("table:")) {
                declared.computeIfAbsent(key, k -> new TreeSet<>()).add(grant.action());
            }
        }
        Set<String> findings = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!type.getPackageName().startsWith(rootPackage)) {
                continue;
            }
            for (JavaCodeUnit method : type.getCodeUnits()) {
                Set<String> tables = new TreeSet<>();
                for (JavaFieldAccess access : method.getFieldAccesses()) {
                    resourceField(access.getTargetOwner(), access.getName())
                            .filter(key -> key.startsWith("table:"))
                            .ifPresent(tables::add);
                }
                if (tables.isEmpty()) {
                    continue;
                }
                for (JavaConstructorCall construction : method.getConstructorCallsFromSelf()) {
                    JavaClass adapter = construction.getTargetOwner();
                    Map<String, Set<String>> called = new TreeMap<>();
                    classCalls(adapter, called, new TreeSet<>());
                    for (String action : called.keySet()) {
                        if (action.startsWith("dynamodb:")
                                && tables.stream()
                                        .noneMatch(table -> declared.getOrDefault(table, Set.of())
                                                .contains(action))) {
                            findings.add(type.getSimpleName() + "." + method.getName() + " wires " + tables + " into "
                                    + adapter.getSimpleName() + ", which calls " + action + ": not declared on "
                                    + (tables.size() == 1 ? "it" : "any of them"));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(findings);
    }

    /**
     * Differences between code and declaration, one readable line each; empty when they agree. An action is
     * compared by name (the code does not say which table a call goes to), a resource by table, queue or name.
     */
    public static List<String> differences(Derived code, Derived declared) {
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, Set<String>> call : code.actions().entrySet()) {
            if (!declared.actions().containsKey(call.getKey())) {
                findings.add("called but not declared: " + call.getKey() + " (from " + call.getValue() + ")");
            }
        }
        for (Map.Entry<String, Set<String>> grant : declared.actions().entrySet()) {
            if (!code.actions().containsKey(grant.getKey())) {
                findings.add("declared but never called: " + grant.getKey() + " on " + grant.getValue());
            }
        }
        for (String resource : code.resources()) {
            if (!declared.resources().contains(resource)) {
                findings.add("used but not declared: " + resource);
            }
        }
        for (String resource : declared.resources()) {
            if (!code.resources().contains(resource)) {
                findings.add("declared but never used: " + resource);
            }
        }
        return findings;
    }

    /** The IAM operation of an SDK method: {@code putItem} → {@code PutItem}, with the special cases IAM has. */
    public static String operation(String prefix, String method) {
        String base =
                method.endsWith("Paginator") ? method.substring(0, method.length() - "Paginator".length()) : method;
        switch (prefix) {
            case "execute-api":
                return "ManageConnections";
            case "bedrock":
                if (base.equals("converseStream") || base.equals("invokeModelWithResponseStream")) {
                    return "InvokeModelWithResponseStream";
                }
                if (base.equals("converse") || base.equals("invokeModel")) {
                    return "InvokeModel";
                }
                break;
            case "dynamodb":
                if (base.equals("transactGetItems")) {
                    return "GetItem";
                }
                break;
            default:
                break;
        }
        return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    /** Which {@code @connections} method an API Gateway management call uses (IAM authorises it per method). */
    private static java.util.Optional<NamedResource> connection(String method) {
        switch (method) {
            case "postToConnection":
                return java.util.Optional.of(NamedResource.CONNECTION_POST);
            case "getConnection":
                return java.util.Optional.of(NamedResource.CONNECTION_GET);
            case "deleteConnection":
                return java.util.Optional.of(NamedResource.CONNECTION_DELETE);
            default:
                return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<NamedResource> named(String action) {
        String prefix = action.substring(0, action.indexOf(':'));
        switch (prefix) {
            case "states":
                return java.util.Optional.of(NamedResource.REVIEW_WORKFLOW);
            case "bedrock":
                return java.util.Optional.of(NamedResource.FOUNDATION_MODELS);
            case "ses":
                return java.util.Optional.of(NamedResource.EMAIL_IDENTITY);
            case "sns":
                return java.util.Optional.of(NamedResource.PAGES_TOPIC);
            case "aoss":
                return java.util.Optional.of(NamedResource.CATALOG_COLLECTION);
            default:
                return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<String> resourceField(JavaClass owner, String field) {
        if (!owner.isEquivalentTo(Resources.class)) {
            return java.util.Optional.empty();
        }
        try {
            Object value = Resources.class.getField(field).get(null);
            if (value instanceof TableDefinition) {
                return java.util.Optional.of("table:" + ((TableDefinition) value).name());
            }
            if (value instanceof QueueDefinition) {
                return java.util.Optional.of("queue:" + ((QueueDefinition) value).name());
            }
            return java.util.Optional.empty();
        } catch (ReflectiveOperationException e) {
            return java.util.Optional.empty();
        }
    }

    /** Tables and indexes both count as their table. */
    private static String coarseKey(ResourceRef resource) {
        if (resource instanceof ResourceRef.Index) {
            return "table:" + ((ResourceRef.Index) resource).table().name();
        }
        return resource.key();
    }

    private static void add(Map<String, Set<String>> actions, String action, String origin) {
        actions.computeIfAbsent(action, a -> new TreeSet<>()).add(origin);
    }

    private static List<JavaClass> reach(JavaClasses classes, String rootPackage) {
        Set<JavaClass> seen = new LinkedHashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        for (JavaClass type : classes) {
            if (type.getPackageName().startsWith(rootPackage)) {
                seen.add(type);
                todo.add(type);
            }
        }
        while (!todo.isEmpty()) {
            JavaClass next = todo.poll();
            next.getDirectDependenciesFromSelf().forEach(dependency -> {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith(COMMON)
                        && classes.contain(target.getName())
                        && seen.add(target)) {
                    todo.add(target);
                }
            });
        }
        return new ArrayList<>(seen);
    }
}
