package com.mangaassist.infra;

import com.mangaassist.model.resources.IndexDefinition;
import com.mangaassist.model.resources.KeyAttribute;
import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.ResourceNames;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.TableDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CloudFormation template with every DynamoDB table (on-demand, GSIs with ALL projection, TTL,
 * point-in-time recovery), every SQS queue with its DLQ and redrive policy, and the review state
 * machine (its ASL with the queue URLs substituted, and a role that may only send to those two queues),
 * built from {@link Resources}: the same definitions the local stack provisions from.
 *
 * <p>Usage: {@code java -cp ... com.mangaassist.infra.ResourceTemplate <prefix> > template.json}
 */
public final class ResourceTemplate {

    private ResourceTemplate() {}

    public static void main(String[] args) {
        String prefix = args.length > 0 ? args[0] : "mangaassist-dev";
        System.out.println(
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(build(prefix)));
    }

    /** The template as a JSON-ready map. */
    public static Map<String, Object> build(String prefix) {
        Map<String, Object> resources = new LinkedHashMap<>();
        for (TableDefinition table : Resources.tables()) {
            resources.put(logicalId(table.name()) + "Table", table(table, prefix));
        }
        for (QueueDefinition queue : Resources.queues()) {
            String id = logicalId(queue.name());
            resources.put(
                    id + "Dlq",
                    Map.of(
                            "Type",
                            "AWS::SQS::Queue",
                            "Properties",
                            Map.of(
                                    "QueueName", queue.physicalDlqName(prefix),
                                    "MessageRetentionPeriod",
                                            queue.dlqRetention().toSeconds(),
                                    "SqsManagedSseEnabled", true)));
            resources.put(
                    id + "Queue",
                    Map.of(
                            "Type",
                            "AWS::SQS::Queue",
                            "Properties",
                            Map.of(
                                    "QueueName", queue.physicalName(prefix),
                                    "VisibilityTimeout",
                                            queue.visibilityTimeout().toSeconds(),
                                    "MessageRetentionPeriod", queue.retention().toSeconds(),
                                    "SqsManagedSseEnabled", true,
                                    "RedrivePolicy",
                                            Map.of(
                                                    "deadLetterTargetArn",
                                                            Map.of("Fn::GetAtt", List.of(id + "Dlq", "Arn")),
                                                    "maxReceiveCount", queue.maxReceiveCount()))));
        }
        String reviewQueue = logicalId(Resources.REVIEW_QUEUE.name()) + "Queue";
        String deliveries = logicalId(Resources.DELIVERIES.name()) + "Queue";
        resources.put("ReviewWorkflowRole", reviewWorkflowRole(reviewQueue, deliveries));
        resources.put(
                "ReviewWorkflow",
                Map.of(
                        "Type",
                        "AWS::StepFunctions::StateMachine",
                        "Properties",
                        Map.of(
                                "StateMachineName",
                                ResourceNames.physical(prefix, Resources.REVIEW_WORKFLOW),
                                "StateMachineType",
                                "STANDARD",
                                "DefinitionString",
                                reviewWorkflowDefinition(),
                                "DefinitionSubstitutions",
                                Map.of(
                                        "ReviewQueueUrl", Map.of("Ref", reviewQueue),
                                        "DeliveriesQueueUrl", Map.of("Ref", deliveries)),
                                "RoleArn",
                                Map.of("Fn::GetAtt", List.of("ReviewWorkflowRole", "Arn")))));
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put(
                "Description",
                "MangaAssist tables, queues and the review workflow (" + prefix + "), generated from shared-model");
        template.put("Resources", resources);
        return template;
    }

    /** The review state machine's ASL, the same file the local stand-in runs. */
    static String reviewWorkflowDefinition() {
        try (InputStream in =
                ResourceTemplate.class.getClassLoader().getResourceAsStream(Resources.REVIEW_WORKFLOW_DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException(Resources.REVIEW_WORKFLOW_DEFINITION + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Step Functions may send to the review and deliveries queues, nothing else. */
    private static Map<String, Object> reviewWorkflowRole(String reviewQueue, String deliveries) {
        return Map.of(
                "Type",
                "AWS::IAM::Role",
                "Properties",
                Map.of(
                        "AssumeRolePolicyDocument",
                        Map.of(
                                "Version",
                                "2012-10-17",
                                "Statement",
                                List.of(Map.of(
                                        "Effect", "Allow",
                                        "Principal", Map.of("Service", "states.amazonaws.com"),
                                        "Action", "sts:AssumeRole"))),
                        "Policies",
                        List.of(Map.of(
                                "PolicyName",
                                "send-review-and-deliveries",
                                "PolicyDocument",
                                Map.of(
                                        "Version",
                                        "2012-10-17",
                                        "Statement",
                                        List.of(Map.of(
                                                "Effect", "Allow",
                                                "Action", "sqs:SendMessage",
                                                "Resource",
                                                        List.of(
                                                                Map.of("Fn::GetAtt", List.of(reviewQueue, "Arn")),
                                                                Map.of(
                                                                        "Fn::GetAtt",
                                                                        List.of(deliveries, "Arn"))))))))));
    }

    private static Map<String, Object> table(TableDefinition table, String prefix) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("TableName", table.physicalName(prefix));
        properties.put("BillingMode", "PAY_PER_REQUEST");
        properties.put(
                "AttributeDefinitions",
                table.keyAttributes().stream()
                        .map(a -> Map.of("AttributeName", a.name(), "AttributeType", type(a)))
                        .toList());
        properties.put(
                "KeySchema", keySchema(table.partitionKey(), table.sortKey().orElse(null)));
        if (!table.globalIndexes().isEmpty()) {
            properties.put(
                    "GlobalSecondaryIndexes",
                    table.globalIndexes().stream().map(ResourceTemplate::index).toList());
        }
        table.ttlAttribute()
                .ifPresent(ttl ->
                        properties.put("TimeToLiveSpecification", Map.of("AttributeName", ttl, "Enabled", true)));
        properties.put("PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true));
        return Map.of("Type", "AWS::DynamoDB::Table", "DeletionPolicy", "Retain", "Properties", properties);
    }

    private static Map<String, Object> index(IndexDefinition index) {
        return Map.of(
                "IndexName", index.name(),
                "KeySchema", keySchema(index.partitionKey(), index.sortKey().orElse(null)),
                "Projection", Map.of("ProjectionType", "ALL"));
    }

    private static List<Map<String, String>> keySchema(KeyAttribute partition, KeyAttribute sort) {
        List<Map<String, String>> schema = new ArrayList<>();
        schema.add(Map.of("AttributeName", partition.name(), "KeyType", "HASH"));
        if (sort != null) {
            schema.add(Map.of("AttributeName", sort.name(), "KeyType", "RANGE"));
        }
        return schema;
    }

    private static String type(KeyAttribute attribute) {
        return switch (attribute.type()) {
            case STRING -> "S";
            case NUMBER -> "N";
        };
    }

    private static String logicalId(String name) {
        StringBuilder id = new StringBuilder();
        for (String part : name.split("-")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.toString();
    }
}
