package com.mangaassist.reviewqueue.task.adapter.out.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.reviewqueue.task.domain.TaskToken;
import com.mangaassist.reviewqueue.task.domain.WorkflowResult;
import com.mangaassist.reviewqueue.task.domain.WorkflowUnavailableException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import tools.jackson.databind.json.JsonMapper;

/** The adapter's reading of the Step Functions errors, against the stand-in. */
@ExtendWith(LocalAwsExtension.class)
class StepFunctionsReviewWorkflowIntegrationTest {

    static SfnClient client(URI endpoint) {
        return SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @Test
    void anUnknownTokenIsAGoneWorkflowAndTheTokenStaysOutOfErrors() {
        try (SfnClient sfn = client(LocalAws.endpoints().stepFunctions())) {
            StepFunctionsReviewWorkflow workflow =
                    new StepFunctionsReviewWorkflow(sfn, JsonMapper.builder().build());
            TaskToken unknown = TaskToken.of("never-issued-token-123");

            assertThat(workflow.heartbeat(unknown))
                    .isEqualTo(new WorkflowResult.Gone(WorkflowResult.Reason.UNKNOWN_TOKEN));
            assertThat(workflow.succeed(unknown, DeliveryRequest.reviewed("m-1", "ok")))
                    .isEqualTo(new WorkflowResult.Gone(WorkflowResult.Reason.UNKNOWN_TOKEN));
        }
    }

    @Test
    void anUnreachableServiceIsUnavailableWithoutTheTokenInTheMessage() {
        try (SfnClient sfn = client(URI.create("http://127.0.0.1:9"))) {
            StepFunctionsReviewWorkflow workflow =
                    new StepFunctionsReviewWorkflow(sfn, JsonMapper.builder().build());

            assertThatThrownBy(() -> workflow.heartbeat(TaskToken.of("secret-token-xyz")))
                    .isInstanceOf(WorkflowUnavailableException.class)
                    .hasNoCause()
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-token-xyz"));
        }
    }
}
