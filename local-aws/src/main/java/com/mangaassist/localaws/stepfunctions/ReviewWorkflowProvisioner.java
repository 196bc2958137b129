package com.mangaassist.localaws.stepfunctions;

import com.mangaassist.model.resources.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Creates the review state machine of a prefix, {@code <prefix>-review-workflow}, from the ASL at
 * {@link Resources#REVIEW_WORKFLOW_DEFINITION} (infra's resources) with {@code ${ReviewQueueUrl}} and
 * {@code ${DeliveriesQueueUrl}} replaced by the URLs of that prefix's queues, which must exist. Running it again is
 * harmless: the same name and definition give the same state machine, whose ARN is
 * {@link StateMachineArns#reviewWorkflow(String)}.
 */
public final class ReviewWorkflowProvisioner {

    private static final Logger log = LoggerFactory.getLogger(ReviewWorkflowProvisioner.class);

    private final SfnClient sfn;
    private final SqsClient sqs;
    private final String prefix;

    public ReviewWorkflowProvisioner(SfnClient sfn, SqsClient sqs, String prefix) {
        this.sfn = Objects.requireNonNull(sfn, "sfn");
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** Creates (or finds) the state machine and returns its ARN. */
    public String provision() {
        String definition = definition()
                .replace("${ReviewQueueUrl}", queueUrl(Resources.REVIEW_QUEUE.physicalName(prefix)))
                .replace("${DeliveriesQueueUrl}", queueUrl(Resources.DELIVERIES.physicalName(prefix)));
        String arn = sfn.createStateMachine(request -> request.name(StateMachineArns.reviewWorkflowName(prefix))
                        .definition(definition)
                        .roleArn("arn:aws:iam::" + StateMachineArns.ACCOUNT_ID + ":role/"
                                + StateMachineArns.reviewWorkflowName(prefix)))
                .stateMachineArn();
        log.info("review state machine {} provisioned", arn);
        return arn;
    }

    private String queueUrl(String name) {
        return sqs.getQueueUrl(request -> request.queueName(name)).queueUrl();
    }

    private static String definition() {
        ClassLoader loader = ReviewWorkflowProvisioner.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(Resources.REVIEW_WORKFLOW_DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException(Resources.REVIEW_WORKFLOW_DEFINITION
                        + " is not on the classpath: local-aws needs the infra jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Resources.REVIEW_WORKFLOW_DEFINITION, e);
        }
    }
}
