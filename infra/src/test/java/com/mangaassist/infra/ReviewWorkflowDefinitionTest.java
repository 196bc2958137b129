package com.mangaassist.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.delivery.Disclaimers;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.review.ReviewExecutionInput;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The review state machine's ASL: every path delivers something, and it agrees with the shared contract. */
class ReviewWorkflowDefinitionTest {

    private static JsonNode definition() throws IOException {
        try (InputStream in = ReviewWorkflowDefinitionTest.class
                .getClassLoader()
                .getResourceAsStream(Resources.REVIEW_WORKFLOW_DEFINITION)) {
            assertThat(in).as(Resources.REVIEW_WORKFLOW_DEFINITION).isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

    @Test
    void enqueueWaitsForTheTaskTokenWithTimeoutAndHeartbeatFromTheInput() throws IOException {
        JsonNode enqueue = definition().get("States").get("EnqueueForReview");

        assertThat(definition().get("StartAt").asString()).isEqualTo("EnqueueForReview");
        assertThat(enqueue.get("Resource").asString()).isEqualTo("arn:aws:states:::sqs:sendMessage.waitForTaskToken");
        assertThat(enqueue.get("TimeoutSecondsPath").asString()).isEqualTo("$.timeoutSeconds");
        assertThat(enqueue.get("HeartbeatSecondsPath").asString()).isEqualTo("$.heartbeatSeconds");
        JsonNode body = enqueue.get("Parameters").get("MessageBody");
        assertThat(body.get("taskToken.$").asString()).isEqualTo("$$.Task.Token");
        assertThat(enqueue.get("Parameters").get("QueueUrl").asString()).isEqualTo("${ReviewQueueUrl}");
        assertThat(enqueue.get("Next").asString()).isEqualTo("Deliver");
    }

    @Test
    void everyFieldTheMessageBodyReadsExistsInTheExecutionInput() throws IOException {
        List<String> inputFields = new ArrayList<>();
        for (RecordComponent component : ReviewExecutionInput.class.getRecordComponents()) {
            inputFields.add(component.getName());
        }
        JsonNode body = definition()
                .get("States")
                .get("EnqueueForReview")
                .get("Parameters")
                .get("MessageBody");

        for (String name : body.propertyNames()) {
            if (name.endsWith(".$") && !name.equals("taskToken.$")) {
                String path = body.get(name).asString();
                assertThat(inputFields).as(name).contains(path.substring(2));
            }
        }
    }

    @Test
    void aTimeoutDeliversTheDraftWithBothDisclaimersAndAnyOtherFailureDeliversToo() throws IOException {
        JsonNode states = definition().get("States");
        JsonNode catches = states.get("EnqueueForReview").get("Catch");

        assertThat(catches.get(0).get("ErrorEquals").get(0).asString()).isEqualTo("States.Timeout");
        assertThat(catches.get(0).get("Next").asString()).isEqualTo("HandleReviewTimeout");
        assertThat(catches.get(1).get("ErrorEquals").get(0).asString()).isEqualTo("States.ALL");
        assertThat(catches.get(1).get("Next").asString()).isEqualTo("HandleReviewFailure");
        for (String state : List.of("HandleReviewTimeout", "HandleReviewFailure")) {
            JsonNode parameters = states.get(state).get("Parameters");
            assertThat(parameters.get("QueueUrl").asString()).isEqualTo("${DeliveriesQueueUrl}");
            JsonNode message = parameters.get("MessageBody");
            assertThat(message.get("kind").asString()).isEqualTo("delayed");
            assertThat(message.get("text.$").asString()).isEqualTo("$.draftAnswer");
            assertThat(message.get("disclaimer").asString()).isEqualTo(Disclaimers.UNREVIEWED);
            assertThat(message.get("disclaimerJa").asString()).isEqualTo(Disclaimers.UNREVIEWED_JA);
        }
        assertThat(states.get("Deliver").get("Catch").get(0).get("Next").asString())
                .isEqualTo("HandleReviewFailure");
        assertThat(states.get("HandleReviewFailure").get("Next").asString()).isEqualTo("ReviewFailed");
        assertThat(states.get("ReviewFailed").get("Type").asString()).isEqualTo("Fail");
    }
}
