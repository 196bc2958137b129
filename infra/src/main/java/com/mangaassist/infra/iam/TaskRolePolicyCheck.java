package com.mangaassist.infra.iam;

import com.mangaassist.model.iam.Grant;
import com.mangaassist.model.iam.NamedResource;
import com.mangaassist.model.iam.ResourceRef;
import com.mangaassist.model.iam.ServicePermissions;
import com.mangaassist.model.resources.ResourceNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Compares the task roles of a synthesized CloudFormation template with {@link ServicePermissions}, without
 * trusting the code that built them: every policy attached to a service's task role is read back, each
 * {@code (action, resource)} pair is rendered in a canonical form (a resource the template creates becomes
 * {@code arn<Type:physical name>}, pseudo parameters {@code ${AWS::Region}}), and compared with the pairs the
 * declaration expects. A missing pair (scenario 4: the watchdog without {@code execute-api:ManageConnections}), an
 * extra pair (a resource outside the service's own), a wildcard in an action or a resource (except a WebSocket
 * connection id, and {@code cloudwatch:PutMetricData} alone on {@code *} under the condition {@code
 * cloudwatch:namespace} = the suite's namespace: that call has no resource-level permission), a
 * Deny/NotAction/NotResource or a managed policy is a finding.
 */
public final class TaskRolePolicyCheck {

    private static final String CONNECTIONS_SUFFIX = "/@connections/*";

    /** What is wrong with one service's task role. */
    public enum Kind {
        MISSING,
        EXTRA,
        WILDCARD,
        UNSUPPORTED,
        NO_ROLE
    }

    /** One finding: red in the build. */
    public record Finding(String service, Kind kind, String detail) {
        @Override
        public String toString() {
            return service + " " + kind + ": " + detail;
        }
    }

    /**
     * Where the declaration's resources are in the template.
     *
     * @param prefix the deployment's resource prefix
     * @param stage the WebSocket API's stage
     * @param emailDomain the SES domain identity
     * @param foundationModels the Bedrock model ids
     * @param collectionName the OpenSearch Serverless collection's name
     * @param metricsNamespace the CloudWatch namespace the services publish their meters to
     */
    public record Layout(
            String prefix,
            String stage,
            String emailDomain,
            List<String> foundationModels,
            String collectionName,
            String metricsNamespace) {

        public Layout {
            Objects.requireNonNull(metricsNamespace, "metricsNamespace");
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(emailDomain, "emailDomain");
            foundationModels = List.copyOf(foundationModels);
            Objects.requireNonNull(collectionName, "collectionName");
        }

        /** The canonical ARNs a declared resource stands for. */
        public List<String> canonical(ResourceRef resource) {
            String partition = "${AWS::Partition}";
            String region = "${AWS::Region}";
            String account = "${AWS::AccountId}";
            if (resource instanceof ResourceRef.Table) {
                return List.of(table(((ResourceRef.Table) resource).table().physicalName(prefix)));
            }
            if (resource instanceof ResourceRef.Index) {
                ResourceRef.Index index = (ResourceRef.Index) resource;
                return List.of(table(index.table().physicalName(prefix)) + "/index/"
                        + index.index().name());
            }
            if (resource instanceof ResourceRef.Queue) {
                return List.of("arn<AWS::SQS::Queue:"
                        + ((ResourceRef.Queue) resource).queue().physicalName(prefix) + ">");
            }
            NamedResource named = ((ResourceRef.Named) resource).resource();
            switch (named) {
                case REVIEW_WORKFLOW:
                    return List.of("ref<AWS::StepFunctions::StateMachine:"
                            + ResourceNames.physical(prefix, "review-workflow") + ">");
                case PAGES_TOPIC:
                    return List.of("ref<AWS::SNS::Topic:" + ResourceNames.physical(prefix, "pages") + ">");
                case CATALOG_COLLECTION:
                    return List.of("arn<AWS::OpenSearchServerless::Collection:" + collectionName + ">");
                case EMAIL_IDENTITY:
                    return List.of("arn:" + partition + ":ses:" + region + ":" + account + ":identity/" + emailDomain);
                case METRICS_NAMESPACE:
                    return List.of(METRICS_RESOURCE);
                case FOUNDATION_MODELS:
                    return foundationModels.stream()
                            .map(m -> "arn:" + partition + ":bedrock:" + region + "::foundation-model/" + m)
                            .toList();
                case CONNECTION_POST:
                case CONNECTION_GET:
                case CONNECTION_DELETE:
                    return List.of("arn:" + partition + ":execute-api:" + region + ":" + account
                            + ":ref<AWS::ApiGatewayV2::Api:" + ResourceNames.physical(prefix, "chat") + ">/" + stage
                            + "/"
                            + named.name().substring("CONNECTION_".length()) + CONNECTIONS_SUFFIX);
                default:
                    throw new IllegalStateException("no layout for " + named);
            }
        }

        private static String table(String physical) {
            return "arn<AWS::DynamoDB::Table:" + physical + ">";
        }
    }

    /** PutMetricData has no resource-level permission: its resource is always {@code *}. */
    static final String METRICS_RESOURCE = "*";

    /** The condition that binds PutMetricData's {@code *} to one namespace. */
    public static Map<String, Object> metricsNamespaceCondition(String namespace) {
        return Map.of("StringEquals", Map.of("cloudwatch:namespace", namespace));
    }

    private final Layout layout;
    private final BiFunction<String, String, String> roleName;

    /**
     * @param layout where the declared resources are
     * @param roleName the physical task role name of a service, from the prefix and the service name
     */
    public TaskRolePolicyCheck(Layout layout, BiFunction<String, String, String> roleName) {
        this.layout = layout;
        this.roleName = roleName;
    }

    /** Every finding for every service of {@link ServicePermissions}; empty when the template grants exactly them. */
    public List<Finding> check(Map<String, Object> template) {
        List<Finding> findings = new ArrayList<>();
        for (String service : ServicePermissions.services()) {
            findings.addAll(check(template, service));
        }
        return findings;
    }

    /** The findings for one service. */
    public List<Finding> check(Map<String, Object> template, String service) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Object> resources = map(template.get("Resources"));
        String roleId = null;
        for (Map.Entry<String, Object> entry : resources.entrySet()) {
            Map<String, Object> resource = map(entry.getValue());
            if ("AWS::IAM::Role".equals(resource.get("Type"))
                    && roleName.apply(layout.prefix(), service)
                            .equals(map(resource.get("Properties")).get("RoleName"))) {
                roleId = entry.getKey();
            }
        }
        if (roleId == null) {
            findings.add(
                    new Finding(service, Kind.NO_ROLE, "no role named " + roleName.apply(layout.prefix(), service)));
            return findings;
        }
        Set<String> granted = new TreeSet<>();
        String taskRole = roleId;
        Map<String, Object> role = map(map(resources.get(roleId)).get("Properties"));
        if (role.containsKey("ManagedPolicyArns")) {
            findings.add(new Finding(service, Kind.UNSUPPORTED, "managed policies " + role.get("ManagedPolicyArns")));
        }
        for (Object inline : list(role.get("Policies"))) {
            statements(service, map(map(inline).get("PolicyDocument")), resources, granted, findings);
        }
        for (Object value : resources.values()) {
            Map<String, Object> resource = map(value);
            if (!"AWS::IAM::Policy".equals(resource.get("Type"))) {
                continue;
            }
            Map<String, Object> properties = map(resource.get("Properties"));
            boolean attached = list(properties.get("Roles")).stream()
                    .anyMatch(r -> r instanceof Map && roleIdOf(map(r)).equals(taskRole));
            if (attached) {
                statements(service, map(properties.get("PolicyDocument")), resources, granted, findings);
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Grant grant : ServicePermissions.of(service)) {
            for (String arn : layout.canonical(grant.resource())) {
                expected.add(grant.action() + " on " + arn);
            }
        }
        for (String pair : expected) {
            if (!granted.contains(pair)) {
                findings.add(new Finding(service, Kind.MISSING, pair));
            }
        }
        for (String pair : granted) {
            if (!expected.contains(pair)) {
                findings.add(new Finding(service, Kind.EXTRA, pair));
            }
        }
        return findings;
    }

    /** The canonical {@code action on resource} pairs a service's role grants, for reports. */
    public Set<String> expectedPairs(String service) {
        Set<String> expected = new TreeSet<>();
        for (Grant grant : ServicePermissions.of(service)) {
            for (String arn : layout.canonical(grant.resource())) {
                expected.add(grant.action() + " on " + arn);
            }
        }
        return expected;
    }

    private void statements(
            String service,
            Map<String, Object> document,
            Map<String, Object> resources,
            Set<String> granted,
            List<Finding> findings) {
        for (Object raw : list(document.get("Statement"))) {
            Map<String, Object> statement = map(raw);
            if (!"Allow".equals(statement.get("Effect"))
                    || statement.containsKey("NotAction")
                    || statement.containsKey("NotResource")) {
                findings.add(new Finding(service, Kind.UNSUPPORTED, "statement " + statement));
                continue;
            }
            List<String> actions = strings(statement.get("Action"));
            List<String> arns = new ArrayList<>();
            for (Object resource : list(statement.get("Resource"))) {
                arns.add(canonical(resource, resources));
            }
            for (String action : actions) {
                if (action.contains("*")) {
                    findings.add(new Finding(service, Kind.WILDCARD, "action " + action));
                }
            }
            boolean metricsOnly = actions.equals(List.of(ServicePermissions.PUBLISH_METRICS))
                    && metricsNamespaceCondition(layout.metricsNamespace()).equals(statement.get("Condition"));
            for (String arn : arns) {
                String withoutConnectionId =
                        arn.endsWith(CONNECTIONS_SUFFIX) ? arn.substring(0, arn.length() - 1) : arn;
                // the one wildcard allowed: PutMetricData alone, bound to the suite's namespace
                boolean boundMetrics = metricsOnly && METRICS_RESOURCE.equals(arn);
                if (withoutConnectionId.contains("*") && !boundMetrics) {
                    findings.add(new Finding(service, Kind.WILDCARD, "resource " + arn));
                }
            }
            for (String action : actions) {
                for (String arn : arns) {
                    granted.add(action + " on " + arn);
                }
            }
        }
    }

    /** A template value as one string: literals as they are, references to resources by type and physical name. */
    static String canonical(Object value, Map<String, Object> resources) {
        if (value instanceof String) {
            return (String) value;
        }
        Map<String, Object> expression = map(value);
        if (expression.containsKey("Ref")) {
            String ref = (String) expression.get("Ref");
            return ref.startsWith("AWS::") ? "${" + ref + "}" : "ref<" + describe(ref, resources) + ">";
        }
        if (expression.containsKey("Fn::GetAtt")) {
            List<Object> attribute = list(expression.get("Fn::GetAtt"));
            String id = (String) attribute.get(0);
            String name = (String) attribute.get(1);
            return ("Arn".equals(name) ? "arn" : name) + "<" + describe(id, resources) + ">";
        }
        if (expression.containsKey("Fn::Join")) {
            List<Object> join = list(expression.get("Fn::Join"));
            StringBuilder joined = new StringBuilder();
            List<Object> parts = list(join.get(1));
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    joined.append((String) join.get(0));
                }
                joined.append(canonical(parts.get(i), resources));
            }
            return joined.toString();
        }
        return "?" + expression;
    }

    private static String describe(String logicalId, Map<String, Object> resources) {
        Object raw = resources.get(logicalId);
        if (raw == null) {
            return "missing:" + logicalId;
        }
        Map<String, Object> resource = map(raw);
        Map<String, Object> properties = map(resource.get("Properties"));
        for (String key : List.of("TableName", "QueueName", "StateMachineName", "TopicName", "Name", "RoleName")) {
            if (properties.get(key) instanceof String) {
                return resource.get("Type") + ":" + properties.get(key);
            }
        }
        return resource.get("Type") + ":" + logicalId;
    }

    private static String roleIdOf(Map<String, Object> reference) {
        Object ref = reference.get("Ref");
        return ref instanceof String ? (String) ref : "";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection) {
            return new ArrayList<>((Collection<Object>) value);
        }
        return List.of(value);
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        for (Object item : list(value)) {
            strings.add(String.valueOf(item));
        }
        return strings;
    }
}
