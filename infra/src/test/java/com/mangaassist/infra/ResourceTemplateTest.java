package com.mangaassist.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceTemplateTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> resources, String id) {
        return (Map<String, Object>) ((Map<String, Object>) resources.get(id)).get("Properties");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTableOfTheDefinitionsIsInTheTemplateWithItsIndexes() {
        Map<String, Object> resources =
                (Map<String, Object>) ResourceTemplate.build("prod").get("Resources");

        Map<String, Object> promises = properties(resources, "DeliveryPromisesTable");
        assertThat(promises.get("TableName")).isEqualTo("prod-delivery-promises");
        assertThat((List<Map<String, Object>>) promises.get("GlobalSecondaryIndexes"))
                .extracting(i -> i.get("IndexName"))
                .containsExactly("by-status-due");
        assertThat(resources).containsKeys("MessagesTable", "ReviewTasksTable", "SessionsTable", "AuditLogTable");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyQueueHasADeadLetterQueueAndARedrivePolicy() {
        Map<String, Object> resources =
                (Map<String, Object>) ResourceTemplate.build("prod").get("Resources");

        Map<String, Object> deliveries = properties(resources, "DeliveriesQueue");
        Map<String, Object> redrive = (Map<String, Object>) deliveries.get("RedrivePolicy");
        assertThat(redrive.get("maxReceiveCount")).isEqualTo(5);
        assertThat(redrive.get("deadLetterTargetArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("DeliveriesDlq", "Arn")));
        assertThat(properties(resources, "DeliveriesDlq").get("QueueName")).isEqualTo("prod-deliveries-dlq");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewWorkflowIsTheSameAslWithTheQueueUrlsSubstituted() {
        Map<String, Object> resources =
                (Map<String, Object>) ResourceTemplate.build("prod").get("Resources");

        Map<String, Object> workflow = properties(resources, "ReviewWorkflow");
        assertThat(workflow.get("StateMachineName")).isEqualTo("prod-review-workflow");
        assertThat((String) workflow.get("DefinitionString"))
                .contains("${ReviewQueueUrl}", "${DeliveriesQueueUrl}", "waitForTaskToken");
        assertThat((Map<String, Object>) workflow.get("DefinitionSubstitutions"))
                .containsEntry("ReviewQueueUrl", Map.of("Ref", "ReviewRequestsQueue"))
                .containsEntry("DeliveriesQueueUrl", Map.of("Ref", "DeliveriesQueue"));
        assertThat(resources).containsKeys("ReviewRequestsQueue", "DeliveriesQueue", "ReviewWorkflowRole");
    }
}
