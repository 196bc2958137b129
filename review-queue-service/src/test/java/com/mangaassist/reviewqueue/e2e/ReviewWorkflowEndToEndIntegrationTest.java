package com.mangaassist.reviewqueue.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.localaws.stepfunctions.StateMachineArns;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.reviewqueue.testing.ReviewQueueSpringTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The real review workflow on the Step Functions stand-in: an execution of {@code <prefix>-review-workflow}
 * sends the task to the review-requests queue, this service stores it, a reviewer claims and decides, and
 * the workflow puts the decision on the deliveries queue. Real clocks: the stand-in times with real timers.
 */
@TestPropertySource(
        properties = {
            "mangaassist.review.intake.wait-time=1s",
            "mangaassist.review.jobs.heartbeat-interval=1s",
            "mangaassist.review.jobs.sweep-interval=1s"
        })
class ReviewWorkflowEndToEndIntegrationTest extends ReviewQueueSpringTest {

    @Autowired
    SfnClient sfn;

    @Value("${mangaassist.resources.prefix}")
    String prefix;

    final List<String> deliveries = Collections.synchronizedList(new ArrayList<>());

    String start(String priority, long timeoutSeconds, long heartbeatSeconds) {
        String messageId = "m-" + UUID.randomUUID();
        String input = "{\"messageId\":\"" + messageId + "\",\"sessionId\":\"s-1\",\"userId\":\"u-1\",\"priority\":\""
                + priority + "\",\"topic\":\"REFUND\",\"confidence\":0.52,\"rawScore\":0.48,"
                + "\"question\":\"I want a refund\",\"draftAnswer\":\"We will refund 1,320 yen.\",\"lang\":\"en\","
                + "\"createdAt\":\"" + Instant.now() + "\",\"timeoutSeconds\":" + timeoutSeconds
                + ",\"heartbeatSeconds\":" + heartbeatSeconds + "}";
        sfn.startExecution(b -> b.stateMachineArn(StateMachineArns.reviewWorkflow(prefix))
                .name(messageId)
                .input(input));
        return messageId;
    }

    String executionArn(String messageId) {
        return "arn:aws:states:" + StateMachineArns.REGION + ":" + StateMachineArns.ACCOUNT_ID + ":execution:"
                + StateMachineArns.reviewWorkflowName(prefix) + ":" + messageId;
    }

    String awaitTaskBody(String messageId) {
        AtomicReference<String> body = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    HttpResponse<String> task = get("/api/reviews/rt-" + messageId, "r-look", "reviewer");
                    body.set(task.body());
                    return task.statusCode() == 200;
                });
        return body.get();
    }

    String awaitDelivery(String messageId) {
        String url = sqs.getQueueUrl(b -> b.queueName(names.queue(Resources.DELIVERIES)))
                .queueUrl();
        AtomicReference<String> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (Message m : sqs.receiveMessage(
                            b -> b.queueUrl(url).waitTimeSeconds(1).maxNumberOfMessages(10))
                    .messages()) {
                deliveries.add(m.body());
                sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
            }
            deliveries.stream().filter(d -> d.contains(messageId)).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    HttpResponse<String> decide(String messageId, String subject, String body, String key) {
        return send(
                "POST",
                "/api/reviews/rt-" + messageId + "/decision",
                body,
                Map.of("Idempotency-Key", key),
                subject,
                "reviewer");
    }

    @Test
    void aClaimedAndApprovedReviewIsDeliveredByTheWorkflowWhileHeartbeatsKeepItAlive() {
        String messageId = start("P1", 60, 2);
        String task = awaitTaskBody(messageId);
        assertThat(task).contains("\"priority\":\"P1\"", "\"topic\":\"refund\"").doesNotContain("taskToken");
        assertThat(post("/api/reviews/rt-" + messageId + "/claim", null, "alice", "reviewer")
                        .statusCode())
                .isEqualTo(200);

        // HeartbeatSeconds is 2: only this service's heartbeats keep the execution waiting for 5 s
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(sfn.describeExecution(b -> b.executionArn(executionArn(messageId)))
                        .status())
                .isEqualTo(ExecutionStatus.RUNNING);

        HttpResponse<String> approved = decide(messageId, "alice", "{\"decision\":\"APPROVE\"}", "k-" + messageId);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body())
                .doesNotContain(LocalAws.endpoints().stepFunctions().toString());

        String delivery = awaitDelivery(messageId);
        assertThat(delivery)
                .isEqualTo("{\"messageId\":\"" + messageId
                        + "\",\"kind\":\"reviewed\",\"text\":\"We will refund 1,320 yen.\"}");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sfn.describeExecution(b -> b.executionArn(executionArn(messageId)))
                                .status()
                        == ExecutionStatus.SUCCEEDED);
    }

    @Test
    void aDecisionAfterTheWorkflowTimedOutIsTooLateAndNothingIsDeliveredTwice() {
        String messageId = start("P2", 3, 60);
        awaitTaskBody(messageId);
        assertThat(post("/api/reviews/rt-" + messageId + "/claim", null, "bob", "reviewer")
                        .statusCode())
                .isEqualTo(200);

        String timedOut = awaitDelivery(messageId);
        assertThat(timedOut).contains("\"kind\":\"delayed\"");

        HttpResponse<String> late = decide(messageId, "bob", "{\"decision\":\"APPROVE\"}", "k-" + messageId);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("\"code\":\"DECISION_TOO_LATE\"");
        assertThat(get("/api/reviews/rt-" + messageId, "bob", "reviewer").body())
                .contains("\"status\":\"TIMED_OUT\"");
        String url = sqs.getQueueUrl(b -> b.queueName(names.queue(Resources.DELIVERIES)))
                .queueUrl();
        sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(2).maxNumberOfMessages(10))
                .messages()
                .forEach(m -> deliveries.add(m.body()));
        assertThat(deliveries.stream().filter(d -> d.contains(messageId))).hasSize(1);
    }
}
