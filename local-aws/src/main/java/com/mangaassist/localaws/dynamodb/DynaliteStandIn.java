package com.mangaassist.localaws.dynamodb;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.process.NodeServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The DynamoDB stand-in: dynalite 4.0.0 keeping everything in memory, run by Node.js as a child process
 * ({@code node dynalite-server.js <port>}) on a free loopback port.
 *
 * <p>The {@code node} directory must hold dynalite, installed with {@code npm ci} from the committed lock
 * file. Known gaps of dynalite that code must not rely on locally: no {@code TransactWriteItems} (nor
 * {@code TransactGetItems}), no {@code UpdateTimeToLive} (items never expire) and no DynamoDB Streams.
 */
public final class DynaliteStandIn implements StandIn {

    private static final NodeServer.Script SCRIPT = new NodeServer.Script(
            "dynalite", "dynalite-server.js", "dynalite", "dynalite ready on", "the DynamoDB stand-in (dynalite)");

    private final NodeServer server;

    /** A stand-in running the dynalite installed in {@code nodeDirectory} (the module's {@code node} directory). */
    public DynaliteStandIn(Path nodeDirectory) {
        this(nodeDirectory, "node");
    }

    DynaliteStandIn(Path nodeDirectory, String nodeExecutable) {
        this.server = new NodeServer(SCRIPT, nodeDirectory, nodeExecutable);
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
    public void start() {
        server.start(port -> List.of(Integer.toString(port)));
    }

    @Override
    public URI endpoint() {
        return server.endpoint();
    }

    /** Stops dynalite and returns once its process and the guard around it have exited. */
    @Override
    public void close() {
        server.close();
    }

    /** The guard process and everything it started (dynalite's node process among them); empty once stopped. */
    List<ProcessHandle> processTree() {
        return server.processTree();
    }
}
