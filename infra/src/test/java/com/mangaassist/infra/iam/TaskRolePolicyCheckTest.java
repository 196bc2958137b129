package com.mangaassist.infra.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.infra.MangaAssistStack;
import com.mangaassist.infra.SynthesizedSuite;
import com.mangaassist.model.iam.ServicePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synthesized task roles grant exactly {@link ServicePermissions}, and the check itself turns red on the
 * failures it exists for: a lost grant (runbook scenario 4), a wildcard, a resource outside the service's own.
 */
class TaskRolePolicyCheckTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TaskRolePolicyCheck check =
            new TaskRolePolicyCheck(SynthesizedSuite.stack().layout(), MangaAssistStack::taskRoleName);

    @Test
    void everyTaskRoleGrantsExactlyItsDeclaration() {
        Map<String, Object> template = SynthesizedSuite.json();

        List<TaskRolePolicyCheck.Finding> findings = check.check(template);

        for (String service : ServicePermissions.services()) {
            System.out.println(service + " grants:");
            check.expectedPairs(service).forEach(pair -> System.out.println("  " + pair));
        }
        assertThat(findings).isEmpty();
        assertThat(check.expectedPairs(ServicePermissions.DELIVERY_WATCHDOG))
                .anyMatch(pair -> pair.startsWith("execute-api:ManageConnections on arn:${AWS::Partition}:execute-api:")
                        && pair.endsWith("/live/POST/@connections/*"));
    }

    @Test
    void theWatchdogWithoutManageConnectionsAndWithAWildcardIsRed() {
        Map<String, Object> template = copy(SynthesizedSuite.json());
        List<Map<String, Object>> statements = statementsOf(template, ServicePermissions.DELIVERY_WATCHDOG);
        statements.removeIf(statement -> statement.get("Action").toString().contains("execute-api:ManageConnections"));
        statements.add(Map.of("Effect", "Allow", "Action", "dynamodb:*", "Resource", "*"));

        List<TaskRolePolicyCheck.Finding> findings = check.check(template, ServicePermissions.DELIVERY_WATCHDOG);

        assertThat(findings)
                .filteredOn(f -> f.kind() == TaskRolePolicyCheck.Kind.MISSING)
                .extracting(TaskRolePolicyCheck.Finding::detail)
                .hasSize(2)
                .allMatch(detail -> detail.startsWith("execute-api:ManageConnections on "));
        assertThat(findings)
                .filteredOn(f -> f.kind() == TaskRolePolicyCheck.Kind.WILDCARD)
                .extracting(TaskRolePolicyCheck.Finding::detail)
                .containsExactlyInAnyOrder("action dynamodb:*", "resource *");
    }

    @Test
    void metricsMayBePublishedOnlyToTheSuitesNamespace() {
        assertThat(check.expectedPairs(ServicePermissions.ORCHESTRATOR)).contains("cloudwatch:PutMetricData on *");
        Map<String, Object> template = copy(SynthesizedSuite.json());
        List<Map<String, Object>> statements = statementsOf(template, ServicePermissions.ORCHESTRATOR);
        Map<String, Object> metrics = statements.stream()
                .filter(statement -> statement.get("Action").equals("cloudwatch:PutMetricData"))
                .findFirst()
                .orElseThrow();
        assertThat(metrics.get("Condition"))
                .isEqualTo(Map.of("StringEquals", Map.of("cloudwatch:namespace", "MangaAssist")));
        statements.remove(metrics);
        Map<String, Object> unbound = new java.util.LinkedHashMap<>(metrics);
        unbound.remove("Condition");
        statements.add(unbound);

        assertThat(check.check(template, ServicePermissions.ORCHESTRATOR))
                .containsExactly(new TaskRolePolicyCheck.Finding(
                        ServicePermissions.ORCHESTRATOR, TaskRolePolicyCheck.Kind.WILDCARD, "resource *"));
    }

    @Test
    void aGrantOnAnotherServicesTableIsRed() {
        Map<String, Object> template = copy(SynthesizedSuite.json());
        List<Map<String, Object>> statements = statementsOf(template, ServicePermissions.FEEDBACK_SERVICE);
        String thresholdsTable = template.get("Resources") instanceof Map<?, ?> resources
                ? resources.keySet().stream()
                        .map(Object::toString)
                        .filter(id -> id.startsWith("ThresholdsTable"))
                        .findFirst()
                        .orElseThrow()
                : null;
        statements.add(Map.of(
                "Effect",
                "Allow",
                "Action",
                "dynamodb:PutItem",
                "Resource",
                Map.of("Fn::GetAtt", List.of(thresholdsTable, "Arn"))));

        List<TaskRolePolicyCheck.Finding> findings = check.check(template, ServicePermissions.FEEDBACK_SERVICE);

        assertThat(findings)
                .containsExactly(new TaskRolePolicyCheck.Finding(
                        ServicePermissions.FEEDBACK_SERVICE,
                        TaskRolePolicyCheck.Kind.EXTRA,
                        "dynamodb:PutItem on arn<AWS::DynamoDB::Table:prod-thresholds>"));
    }

    /** The statements of the (first) policy attached to a service's task role, mutable. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statementsOf(Map<String, Object> template, String service) {
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        String roleName = MangaAssistStack.taskRoleName(SynthesizedSuite.PREFIX, service);
        String roleId = resources.entrySet().stream()
                .filter(e -> roleName.equals(((Map<String, Object>)
                                ((Map<String, Object>) e.getValue()).getOrDefault("Properties", Map.of()))
                        .get("RoleName")))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        for (Object value : resources.values()) {
            Map<String, Object> resource = (Map<String, Object>) value;
            if ("AWS::IAM::Policy".equals(resource.get("Type"))) {
                Map<String, Object> properties = (Map<String, Object>) resource.get("Properties");
                if (properties.get("Roles").toString().contains(roleId)) {
                    Map<String, Object> document = (Map<String, Object>) properties.get("PolicyDocument");
                    List<Map<String, Object>> statements =
                            new ArrayList<>((List<Map<String, Object>>) document.get("Statement"));
                    document.put("Statement", statements);
                    return statements;
                }
            }
        }
        throw new AssertionError("no policy on " + roleName);
    }

    private static Map<String, Object> copy(Map<String, Object> template) {
        return JSON.readValue(JSON.writeValueAsString(template), new TypeReference<Map<String, Object>>() {});
    }
}
