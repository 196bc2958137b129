package com.mangaassist.orchestrator.followup.domain;

import com.mangaassist.model.review.ReviewExecutionInput;

/** The human review workflow (Step Functions in AWS, the local stand-in here). Execution name = message id. */
public interface ReviewWorkflow {

    WorkflowStart start(ReviewExecutionInput input);
}
