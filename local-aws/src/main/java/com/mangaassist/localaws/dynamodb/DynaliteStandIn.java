package com.mangaassist.localaws.dynamodb;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.process.Executables;
import com.mangaassist.localaws.process.ServerProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The DynamoDB stand-in: dynalite 4.0.0 keeping everything in memory, run by Node.js as a child process
 * ({@code node dynalite-server.js <port>}) on a free loopback port.
 *
 * <p>The {@code node} directory must hold dynalite, installed with {@code npm ci} from the committed lock
 * file. Known gaps of dynalite that code must not rely on locally: no {@code TransactWriteItems} (nor
 * {@code TransactGetItems}), no {@code UpdateTimeToLive} (items never expire) and no DynamoDB Streams.
 */
public final class DynaliteStandIn implements StandIn {

    private static final String SCRIPT = "dynalite-server.js";
    private static final String READY_LINE = "dynalite ready on";

    private final Path nodeDirectory;
    private final String nodeExecutable;
    private ServerProcess process;

    /** A stand-in running the dynalite installed in {@code nodeDirectory} (the module's {@code node} directory). */
    public DynaliteStandIn(Path nodeDirectory) {
        this(nodeDirectory, "node");
    }

    DynaliteStandIn(Path nodeDirectory, String nodeExecutable) {
        this.nodeDirectory =
                Objects.requireNonNull(nodeDirectory, "nodeDirectory").toAbsolutePath();
        this.nodeExecutable = Objects.requireNonNull(nodeExecutable, "nodeExecutable");
    }

    @Override
    public String name() {
        return "dynamodb";
    }

    /**
     * Starts dynalite and blocks until it serves requests. Fails at once, before starting anything, when
     * dynalite is not installed in the node directory or Node.js is not on the {@code PATH}.
     */
    @Override
    public synchronized void start() {
        if (process != null) {
            throw new IllegalStateException("dynalite already started");
        }
        Path script = requireInstalled();
        Path node = requireNode();
        process = ServerProcess.named("dynalite")
                .command(port -> List.of(node.toString(), script.toString(), Integer.toString(port)))
                .workingDirectory(nodeDirectory)
                .readyLine(READY_LINE)
                .portTakenLine("EADDRINUSE")
                .start();
    }

    @Override
    public synchronized URI endpoint() {
        if (process == null) {
            throw new IllegalStateException("dynalite not started");
        }
        return process.endpoint();
    }

    /** Stops dynalite and returns once its process and the guard around it have exited. */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.close();
    }

    /** The guard process and everything it started (dynalite's node process among them); empty once stopped. */
    synchronized List<ProcessHandle> processTree() {
        return process == null ? List.of() : process.processTree();
    }

    private Path requireInstalled() {
        Path script = nodeDirectory.resolve(SCRIPT);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("no " + SCRIPT + " in " + nodeDirectory
                    + ": the DynamoDB stand-in needs local-aws's node directory");
        }
        if (!Files.isRegularFile(nodeDirectory.resolve("node_modules/dynalite/package.json"))) {
            throw new IllegalStateException("dynalite is not installed in " + nodeDirectory
                    + ": run `npm ci` in that directory (Node.js 20+ and npm are needed)");
        }
        return script;
    }

    private Path requireNode() {
        return Executables.find(nodeExecutable)
                .orElseThrow(() -> new IllegalStateException("`" + nodeExecutable
                        + "` is not on the PATH: the DynamoDB stand-in (dynalite) needs Node.js 20+;"
                        + " install it from https://nodejs.org or your package manager"));
    }
}
