package com.mangaassist.console.oncall.adapter.out.stepfunctions;

import com.mangaassist.console.oncall.application.ReviewExecutions;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Signals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ListExecutionsRequest;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;

/**
 * {@link ReviewExecutions} through ListExecutions on the review state machine (the same API locally, against the
 * stand-in, and in AWS): RUNNING, and TIMED_OUT / FAILED / ABORTED that stopped since the window's start. Each status
 * is paged until an execution older than the window (the API lists newest first) or {@link #MAX_PER_STATUS}.
 */
public final class StepFunctionsReviewExecutions implements ReviewExecutions {

    /** At most this many executions per status are read in one evaluation. */
    static final int MAX_PER_STATUS = 1000;

    private final SfnClient sfn;
    private final Optional<String> stateMachineArn;

    public StepFunctionsReviewExecutions(SfnClient sfn, Optional<String> stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public Fetched<List<Signals.Execution>> runningAndEndedBadlySince(Instant since) {
        if (stateMachineArn.isEmpty()) {
            return Fetched.failed("the review state machine's ARN is not configured"
                    + " (mangaassist.console.oncall.state-machine-arn)");
        }
        List<Signals.Execution> executions = new ArrayList<>();
        try {
            executions.addAll(list(ExecutionStatus.RUNNING, Instant.MIN));
            executions.addAll(list(ExecutionStatus.TIMED_OUT, since));
            executions.addAll(list(ExecutionStatus.FAILED, since));
            executions.addAll(list(ExecutionStatus.ABORTED, since));
        } catch (SdkException e) {
            return Fetched.failed("ListExecutions failed: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        executions.sort(Comparator.comparing(Signals.Execution::startedAt).reversed());
        return Fetched.of(executions);
    }

    private List<Signals.Execution> list(ExecutionStatus status, Instant since) {
        List<Signals.Execution> found = new ArrayList<>();
        String token = null;
        do {
            ListExecutionsResponse page = sfn.listExecutions(ListExecutionsRequest.builder()
                    .stateMachineArn(stateMachineArn.orElseThrow())
                    .statusFilter(status)
                    .maxResults(100)
                    .nextToken(token)
                    .build());
            for (ExecutionListItem item : page.executions()) {
                Instant end = item.stopDate() == null ? item.startDate() : item.stopDate();
                if (end.isBefore(since)) {
                    return found;
                }
                found.add(new Signals.Execution(
                        item.name(), item.statusAsString(), item.startDate(), Optional.ofNullable(item.stopDate())));
                if (found.size() >= MAX_PER_STATUS) {
                    return found;
                }
            }
            token = page.nextToken();
        } while (token != null);
        return found;
    }
}
