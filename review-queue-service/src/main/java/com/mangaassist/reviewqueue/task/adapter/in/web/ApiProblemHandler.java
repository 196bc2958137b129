package com.mangaassist.reviewqueue.task.adapter.in.web;

import com.mangaassist.common.web.ApiProblemHandlerSupport;
import com.mangaassist.reviewqueue.task.domain.WorkflowUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of this service's API as RFC 9457 problem details with a {@code code}. */
// every handler, not only this service's controllers: unknown paths come from the resource handler
@RestControllerAdvice
public class ApiProblemHandler extends ApiProblemHandlerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(WorkflowUnavailableException.class)
    ResponseEntity<ProblemDetail> workflowUnavailable(WorkflowUnavailableException e) {
        LOG.error("review workflow unavailable: {}", e.getMessage());
        return respond(
                HttpStatus.SERVICE_UNAVAILABLE,
                "WORKFLOW_UNAVAILABLE",
                "The review workflow could not be reached; nothing was delivered. Retry with the same Idempotency-Key.");
    }
}
