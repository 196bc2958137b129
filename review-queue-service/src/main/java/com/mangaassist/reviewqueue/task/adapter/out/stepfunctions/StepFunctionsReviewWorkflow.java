package com.mangaassist.reviewqueue.task.adapter.out.stepfunctions;

import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.reviewqueue.task.domain.ReviewWorkflow;
import com.mangaassist.reviewqueue.task.domain.TaskToken;
import com.mangaassist.reviewqueue.task.domain.WorkflowResult;
import com.mangaassist.reviewqueue.task.domain.WorkflowUnavailableException;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review state machine's {@code EnqueueForReview} wait, completed through the Step Functions API.
 * {@code TaskTimedOut} (timed out, already completed or stopped) and {@code TaskDoesNotExist} / {@code
 * InvalidToken} mean the workflow no longer waits. Other failures become {@link
 * WorkflowUnavailableException} whose message names only the error code: SDK messages may quote the token.
 */
public final class StepFunctionsReviewWorkflow implements ReviewWorkflow {

    private final SfnClient sfn;
    private final JsonMapper json;

    public StepFunctionsReviewWorkflow(SfnClient sfn, JsonMapper json) {
        this.sfn = sfn;
        this.json = json;
    }

    @Override
    public WorkflowResult succeed(TaskToken token, DeliveryRequest delivery) {
        String output = json.writeValueAsString(delivery);
        return call(
                "SendTaskSuccess",
                () -> sfn.sendTaskSuccess(b -> b.taskToken(token.reveal()).output(output)));
    }

    @Override
    public WorkflowResult heartbeat(TaskToken token) {
        return call("SendTaskHeartbeat", () -> sfn.sendTaskHeartbeat(b -> b.taskToken(token.reveal())));
    }

    private static WorkflowResult call(String operation, Supplier<?> request) {
        try {
            request.get();
            return new WorkflowResult.Accepted();
        } catch (TaskTimedOutException e) {
            return new WorkflowResult.Gone(WorkflowResult.Reason.TIMED_OUT);
        } catch (TaskDoesNotExistException | InvalidTokenException e) {
            return new WorkflowResult.Gone(WorkflowResult.Reason.UNKNOWN_TOKEN);
        } catch (SfnException e) {
            String code = e.awsErrorDetails() == null
                    ? "unknown"
                    : e.awsErrorDetails().errorCode();
            throw new WorkflowUnavailableException(
                    operation + " failed: " + code + " (HTTP " + e.statusCode() + ")", null);
        } catch (SdkException e) {
            throw new WorkflowUnavailableException(
                    operation + " failed: " + e.getClass().getSimpleName(), null);
        }
    }
}
