package com.mangaassist.orchestrator.followup.adapter.out.stepfunctions;

import com.mangaassist.model.review.ReviewExecutionInput;
import com.mangaassist.orchestrator.followup.domain.ReviewWorkflow;
import com.mangaassist.orchestrator.followup.domain.WorkflowStart;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.SfnException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the review state machine with {@code StartExecution}, execution name = message id, so a
 * repeated start is {@code ExecutionAlreadyExists} and nothing runs twice. Throttling, 5xx and
 * network errors are retried with exponential backoff and jitter; what still fails is logged at ERROR
 * with the message id, counted in {@value #START_FAILURES_METRIC} (tagged by kind) and reported as
 * {@link WorkflowStart.Failed}: the promise stays pending and the watchdog's fallback answers.
 */
public final class StepFunctionsReviewWorkflow implements ReviewWorkflow {

    public static final String START_FAILURES_METRIC = "mangaassist.review.workflow.start.failures";

    private static final Logger log = LoggerFactory.getLogger(StepFunctionsReviewWorkflow.class);

    private final SfnClient sfn;
    private final String stateMachineArn;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final Retry retry;

    public StepFunctionsReviewWorkflow(
            SfnClient sfn, String stateMachineArn, JsonMapper json, MeterRegistry meters, int maxAttempts) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
        this.json = json;
        this.meters = meters;
        this.retry = Retry.of(
                "review-workflow-start",
                RetryConfig.custom()
                        .maxAttempts(maxAttempts)
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(100), 2.0, 0.5))
                        .retryOnException(StepFunctionsReviewWorkflow::retriable)
                        .build());
    }

    @Override
    public WorkflowStart start(ReviewExecutionInput input) {
        String body = json.writeValueAsString(input);
        try {
            retry.executeRunnable(() -> sfn.startExecution(b ->
                    b.stateMachineArn(stateMachineArn).name(input.messageId()).input(body)));
            return new WorkflowStart.Started();
        } catch (ExecutionAlreadyExistsException alreadyStarted) {
            return new WorkflowStart.AlreadyStarted();
        } catch (SdkException failure) {
            String kind = kind(failure);
            meters.counter(START_FAILURES_METRIC, "kind", kind).increment();
            log.error(
                    "review workflow not started for message {} ({}); the promise stays pending for the watchdog",
                    input.messageId(),
                    kind);
            return new WorkflowStart.Failed(kind);
        }
    }

    private static boolean retriable(Throwable failure) {
        if (failure instanceof SfnException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        return failure instanceof SdkException sdk
                && !(failure instanceof ExecutionAlreadyExistsException)
                && sdk.retryable();
    }

    private static String kind(SdkException failure) {
        if (failure instanceof SfnException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return failure.getClass().getSimpleName();
    }
}
