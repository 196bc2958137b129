package com.mangaassist.localaws.stepfunctions;

import com.mangaassist.model.resources.Resources;
import java.util.Objects;

/**
 * ARNs of the local Step Functions stand-in's state machines, computable without the stack (no AWS SDK types
 * here, so that services holding only the local-aws jar can use it): region {@code us-east-1}, account
 * {@code 000000000000}.
 */
public final class StateMachineArns {

    /** The account id in every ARN the stand-in makes. */
    public static final String ACCOUNT_ID = "000000000000";

    /** The region in every ARN the stand-in makes. */
    public static final String REGION = "us-east-1";

    private StateMachineArns() {}

    /** {@code arn:aws:states:us-east-1:000000000000:stateMachine:<name>}. */
    public static String stateMachine(String name) {
        return "arn:aws:states:" + REGION + ":" + ACCOUNT_ID + ":stateMachine:" + Objects.requireNonNull(name, "name");
    }

    /** The physical name of a prefix's review state machine: {@code <prefix>-review-workflow}. */
    public static String reviewWorkflowName(String prefix) {
        return Objects.requireNonNull(prefix, "prefix") + "-" + Resources.REVIEW_WORKFLOW;
    }

    /** {@code arn:aws:states:us-east-1:000000000000:stateMachine:<prefix>-review-workflow}. */
    public static String reviewWorkflow(String prefix) {
        return stateMachine(reviewWorkflowName(prefix));
    }
}
