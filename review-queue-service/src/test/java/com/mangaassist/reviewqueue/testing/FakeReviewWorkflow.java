package com.mangaassist.reviewqueue.testing;

import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.reviewqueue.task.domain.ReviewWorkflow;
import com.mangaassist.reviewqueue.task.domain.TaskToken;
import com.mangaassist.reviewqueue.task.domain.WorkflowResult;
import com.mangaassist.reviewqueue.task.domain.WorkflowUnavailableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A workflow that behaves like Step Functions for one token: the first success completes it, later calls
 * are {@code TaskTimedOut}; tokens marked timed out answer {@code TaskTimedOut} to everything.
 */
public final class FakeReviewWorkflow implements ReviewWorkflow {

    private final Map<String, DeliveryRequest> completed = new ConcurrentHashMap<>();
    private final Set<String> timedOut = ConcurrentHashMap.newKeySet();
    private final List<String> heartbeats = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Set<String> unknown = new HashSet<>();
    private volatile boolean unavailable;

    public synchronized void timeOut(String token) {
        timedOut.add(token);
    }

    public void unavailable(boolean value) {
        unavailable = value;
    }

    public Map<String, DeliveryRequest> completed() {
        return completed;
    }

    public List<String> heartbeats() {
        return heartbeats;
    }

    @Override
    public synchronized WorkflowResult succeed(TaskToken token, DeliveryRequest delivery) {
        check();
        String value = token.reveal();
        if (unknown.contains(value)) {
            return new WorkflowResult.Gone(WorkflowResult.Reason.UNKNOWN_TOKEN);
        }
        if (timedOut.contains(value) || completed.containsKey(value)) {
            return new WorkflowResult.Gone(WorkflowResult.Reason.TIMED_OUT);
        }
        completed.put(value, delivery);
        return new WorkflowResult.Accepted();
    }

    @Override
    public synchronized WorkflowResult heartbeat(TaskToken token) {
        check();
        String value = token.reveal();
        if (timedOut.contains(value) || completed.containsKey(value)) {
            return new WorkflowResult.Gone(WorkflowResult.Reason.TIMED_OUT);
        }
        heartbeats.add(value);
        return new WorkflowResult.Accepted();
    }

    private void check() {
        if (unavailable) {
            throw new WorkflowUnavailableException("SendTask failed: ServiceUnavailable (HTTP 503)", null);
        }
    }
}
