package com.mangaassist.localaws.stepfunctions;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.process.Executables;
import com.mangaassist.localaws.process.ServerProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    private static final String SCRIPT = "stepfunctions-server.js";
    private static final String READY_LINE = "stepfunctions ready on";

    private final Path nodeDirectory;
    private final URI sqsEndpoint;
    private final String nodeExecutable;
    private ServerProcess process;

    /**
     * A stand-in running the aws-local-stepfunctions installed in {@code nodeDirectory}, sending the SQS integrations'
     * messages to {@code sqsEndpoint} ({@code null}: no SQS, those tasks fail with {@code SQS.SdkClientException}).
     */
    public StepFunctionsStandIn(Path nodeDirectory, URI sqsEndpoint) {
        this(nodeDirectory, sqsEndpoint, "node");
    }

    StepFunctionsStandIn(Path nodeDirectory, URI sqsEndpoint, String nodeExecutable) {
        this.nodeDirectory =
                Objects.requireNonNull(nodeDirectory, "nodeDirectory").toAbsolutePath();
        this.sqsEndpoint = sqsEndpoint;
        this.nodeExecutable = Objects.requireNonNull(nodeExecutable, "nodeExecutable");
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
    public synchronized void start() {
        if (process != null) {
            throw new IllegalStateException("the Step Functions stand-in already started");
        }
        Path script = requireInstalled();
        Path node = requireNode();
        process = ServerProcess.named("stepfunctions")
                .command(port -> command(node, script, port))
                .workingDirectory(nodeDirectory)
                .readyLine(READY_LINE)
                .portTakenLine("EADDRINUSE")
                .start();
    }

    private List<String> command(Path node, Path script, int port) {
        List<String> command = new ArrayList<>(List.of(
                node.toString(),
                script.toString(),
                Integer.toString(port),
                "--region",
                StateMachineArns.REGION,
                "--account",
                StateMachineArns.ACCOUNT_ID));
        if (sqsEndpoint != null) {
            command.add("--sqs-endpoint");
            command.add(sqsEndpoint.toString());
        }
        return command;
    }

    @Override
    public synchronized URI endpoint() {
        if (process == null) {
            throw new IllegalStateException("the Step Functions stand-in is not started");
        }
        return process.endpoint();
    }

    /** Stops the front and returns once its process and the guard around it have exited. */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.close();
    }

    /** The guard process and everything it started (the front's node process among them); empty once stopped. */
    synchronized List<ProcessHandle> processTree() {
        return process == null ? List.of() : process.processTree();
    }

    private Path requireInstalled() {
        Path script = nodeDirectory.resolve(SCRIPT);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("no " + SCRIPT + " in " + nodeDirectory
                    + ": the Step Functions stand-in needs local-aws's node directory");
        }
        if (!Files.isRegularFile(nodeDirectory.resolve("node_modules/aws-local-stepfunctions/package.json"))) {
            throw new IllegalStateException("aws-local-stepfunctions is not installed in " + nodeDirectory
                    + ": run `npm ci` in that directory (Node.js 20+ and npm are needed)");
        }
        return script;
    }

    private Path requireNode() {
        return Executables.find(nodeExecutable)
                .orElseThrow(() -> new IllegalStateException("`" + nodeExecutable
                        + "` is not on the PATH: the Step Functions stand-in needs Node.js 20+;"
                        + " install it from https://nodejs.org or your package manager"));
    }
}
