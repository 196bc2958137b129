package com.mangaassist.infra.iam;

import com.mangaassist.model.iam.Grant;
import com.mangaassist.model.iam.ResourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * Turns a service's {@link Grant}s into IAM policy statements: one statement per resource, listing exactly the
 * actions declared on it, on exactly the ARNs the stack resolves the resource to. Nothing else reaches a task role.
 */
public final class TaskRoleStatements {

    private TaskRoleStatements() {}

    /**
     * @param grants the service's declaration ({@code ServicePermissions.of})
     * @param arns the ARNs of a resource in this stack
     */
    public static List<PolicyStatement> of(List<Grant> grants, Function<ResourceRef, List<String>> arns) {
        return of(grants, arns, resource -> Map.of());
    }

    /**
     * @param grants the service's declaration ({@code ServicePermissions.of})
     * @param arns the ARNs of a resource in this stack
     * @param conditions the IAM condition block a resource's statement needs (empty for none): the metrics
     *     namespace's {@code *} is bound to the namespace this way
     */
    public static List<PolicyStatement> of(
            List<Grant> grants,
            Function<ResourceRef, List<String>> arns,
            Function<ResourceRef, Map<String, Object>> conditions) {
        Map<ResourceRef, TreeSet<String>> byResource = new LinkedHashMap<>();
        for (Grant grant : grants) {
            byResource.computeIfAbsent(grant.resource(), r -> new TreeSet<>()).add(grant.action());
        }
        List<PolicyStatement> statements = new ArrayList<>();
        byResource.forEach((resource, actions) -> {
            PolicyStatement.Builder statement = PolicyStatement.Builder.create()
                    .sid(sid(resource))
                    .effect(Effect.ALLOW)
                    .actions(new ArrayList<>(actions))
                    .resources(arns.apply(resource));
            Map<String, Object> condition = conditions.apply(resource);
            if (!condition.isEmpty()) {
                statement.conditions(condition);
            }
            statements.add(statement.build());
        });
        return statements;
    }

    private static String sid(ResourceRef resource) {
        StringBuilder sid = new StringBuilder();
        for (String part : resource.key().split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sid.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sid.toString();
    }
}
