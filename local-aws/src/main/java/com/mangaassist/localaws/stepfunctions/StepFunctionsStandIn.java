package com.mangaassist.localaws.stepfunctions;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.process.NodeServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Step Functions stand-in: aws-local-stepfunctions 3.0.0 behind an HTTP front speaking the Step Functions
 * JSON API ({@code node stepfunctions-server.js <port> --sqs-endpoint <sqs>}), run by Node.js as a child process on
 * a free loopback port. The unmodified {@code SfnClient} works against it with only an endpoint override.
 *
 * <p>The front adds what the library lacks: task tokens ({@code $$.Task.Token}, {@code SendTask*}), the
 * {@code sqs:sendMessage} and {@code sqs:sendMessage.waitForTaskToken} integrations against the local SQS, and
 * {@code TimeoutSeconds(Path)} / {@code HeartbeatSeconds(Path)} of Task states. Other Task resources fail with
 * {@code States.TaskFailed}. State machine ARNs are {@code arn:aws:states:us-east-1:000000000000:stateMachine:<name>}
 * ({@link StateMachineArns}). See {@code docs/LOCAL-STACK.md} for the limits.
 */
public final class StepFunctionsStandIn implements StandIn {

    private static final NodeServer.Script SCRIPT = new NodeServer.Script(
            "stepfunctions",
            "stepfunctions-server.js",
            "aws-local-stepfunctions",
            "stepfunctions ready on",
            "the Step Functions stand-in");

    private final NodeServer server;
    private final URI sqsEndpoint;

    /**
     * A stand-in running the aws-local-stepfunctions installed in {@code nodeDirectory}, sending the SQS integrations'
     * messages to {@code sqsEndpoint} ({@code null}: no SQS, those tasks fail with {@code SQS.SdkClientException}).
     */
    public StepFunctionsStandIn(Path nodeDirectory, URI sqsEndpoint) {
        this(nodeDirectory, sqsEndpoint, "node");
    }

    StepFunctionsStandIn(Path nodeDirectory, URI sqsEndpoint, String nodeExecutable) {
        this.server = new NodeServer(SCRIPT, nodeDirectory, nodeExecutable);
        this.sqsEndpoint = sqsEndpoint;
    }

    @Override
    public String name() {
        return "stepfunctions";
    }

    /**
     * Starts the front and blocks until it serves requests. Fails at once, before starting anything, when
     * aws-local-stepfunctions is not installed in the node directory or Node.js is not on the {@code PATH}.
     */
    @Override
    public void start() {
        server.start(this::arguments);
    }

    private List<String> arguments(int port) {
        List<String> arguments = new ArrayList<>(List.of(
                Integer.toString(port), "--region", StateMachineArns.REGION, "--account", StateMachineArns.ACCOUNT_ID));
        if (sqsEndpoint != null) {
            arguments.add("--sqs-endpoint");
            arguments.add(sqsEndpoint.toString());
        }
        return arguments;
    }

    @Override
    public URI endpoint() {
        return server.endpoint();
    }

    /** Stops the front and returns once its process and the guard around it have exited. */
    @Override
    public void close() {
        server.close();
    }

    /** The guard process and everything it started (the front's node process among them); empty once stopped. */
    List<ProcessHandle> processTree() {
        return server.processTree();
    }
}
