package com.mangaassist.localaws.dynamodb;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.process.ChildProcess;
import com.mangaassist.localaws.process.FreePorts;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DynamoDB stand-in: dynalite 4.0.0 keeping everything in memory, run by Node.js as a child process
 * ({@code node dynalite-server.js <port>}) on a free loopback port.
 *
 * <p>The {@code node} directory must hold dynalite, installed with {@code npm ci} from the committed lock
 * file. Known gaps of dynalite that code must not rely on locally: no {@code TransactWriteItems} (nor
 * {@code TransactGetItems}), no {@code UpdateTimeToLive} (items never expire) and no DynamoDB Streams.
 */
public final class DynaliteStandIn implements StandIn {

    private static final Logger log = LoggerFactory.getLogger(DynaliteStandIn.class);
    private static final String SCRIPT = "dynalite-server.js";
    private static final String READY_LINE = "dynalite ready on";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(5);
    private static final int START_ATTEMPTS = 3;

    private final Path nodeDirectory;
    private final String nodeExecutable;
    private ChildProcess process;
    private URI endpoint;

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
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            int port = FreePorts.next();
            ChildProcess child = ChildProcess.start(
                    "dynalite", List.of(node.toString(), script.toString(), Integer.toString(port)), nodeDirectory);
            try {
                child.awaitPort(port, START_TIMEOUT);
                awaitReadyLine(child);
            } catch (IllegalStateException e) {
                child.close();
                if (attempt < START_ATTEMPTS && child.recentOutput().contains("EADDRINUSE")) {
                    log.debug("port {} was taken before dynalite bound it; trying another", port);
                    continue;
                }
                throw e;
            }
            process = child;
            endpoint = URI.create("http://127.0.0.1:" + port);
            log.info(
                    "dynalite listening on {} (pid {}), started in {} ms",
                    endpoint,
                    child.pid(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return;
        }
    }

    @Override
    public synchronized URI endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("dynalite not started");
        }
        return endpoint;
    }

    /** Stops dynalite and returns once its process and the guard around it have exited. */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = processTree();
        process.close();
        for (ProcessHandle handle : tree) {
            awaitExit(handle);
        }
        log.debug("dynalite stopped");
    }

    /** The guard process and everything it started (dynalite's node process among them); empty once stopped. */
    synchronized List<ProcessHandle> processTree() {
        if (process == null) {
            return List.of();
        }
        List<ProcessHandle> tree = new ArrayList<>();
        ProcessHandle.of(process.pid()).ifPresent(guard -> {
            tree.add(guard);
            guard.descendants().forEach(tree::add);
        });
        return tree;
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
        return findExecutable(nodeExecutable)
                .orElseThrow(() -> new IllegalStateException("`" + nodeExecutable
                        + "` is not on the PATH: the DynamoDB stand-in (dynalite) needs Node.js 20+;"
                        + " install it from https://nodejs.org or your package manager"));
    }

    private static Optional<Path> findExecutable(String name) {
        if (name.contains(File.separator)) {
            Path path = Path.of(name);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = Objects.requireNonNullElse(System.getenv("PATH"), "");
        return Stream.of(pathVariable.split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, name))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }

    /** The port accepting connections could belong to someone else; dynalite says when it is ours. */
    private static void awaitReadyLine(ChildProcess child) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!child.recentOutput().contains(READY_LINE)) {
            if (!child.isAlive()) {
                throw new IllegalStateException("dynalite exited before it was ready:\n" + child.recentOutput());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "dynalite was not ready within " + START_TIMEOUT + ":\n" + child.recentOutput());
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("process {} did not exit within {}; killing it", handle.pid(), EXIT_TIMEOUT);
            handle.destroyForcibly();
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for process " + handle.pid() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        }
    }
}
