package com.mangaassist.reviewqueue.task.domain;

/** The workflow service could not be asked (transport error, throttling, server error). */
public class WorkflowUnavailableException extends RuntimeException {

    public WorkflowUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
