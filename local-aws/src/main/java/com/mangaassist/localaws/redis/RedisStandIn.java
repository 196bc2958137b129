package com.mangaassist.localaws.redis;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.process.ChildProcess;
import com.mangaassist.localaws.process.FreePorts;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The Redis stand-in: an ephemeral {@code redis-server} child process on a free loopback port, with no
 * persistence (no RDB snapshots, no append-only file) and a throw-away working directory. Its endpoint is
 * {@code redis://127.0.0.1:<port>}.
 */
public final class RedisStandIn implements StandIn {

    /** The executable looked up on the {@code PATH} by default. */
    static final String DEFAULT_EXECUTABLE = "redis-server";

    private static final Logger log = LoggerFactory.getLogger(RedisStandIn.class);
    private static final String READY_LINE = "Ready to accept connections";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(5);
    private static final int START_ATTEMPTS = 3;

    private final String executable;
    private ChildProcess process;
    private Path workingDirectory;
    private URI endpoint;

    /** A stand-in running {@code redis-server} from the {@code PATH}. */
    public RedisStandIn() {
        this(DEFAULT_EXECUTABLE);
    }

    /** A stand-in running {@code executable}: a name looked up on the {@code PATH}, or a path. */
    public RedisStandIn(String executable) {
        this.executable = Objects.requireNonNull(executable, "executable");
    }

    @Override
    public String name() {
        return "redis";
    }

    /**
     * Starts redis-server and blocks until it accepts connections. Fails at once, before starting anything,
     * with an {@link IllegalStateException} saying how to install Redis when the executable is not found.
     */
    @Override
    public synchronized void start() {
        if (process != null) {
            throw new IllegalStateException("redis-server already started");
        }
        Path redisServer = findExecutable(executable)
                .orElseThrow(() -> new IllegalStateException("`" + executable
                        + "` is not on the PATH: the Redis stand-in needs redis-server."
                        + " Install it with `apt-get install -y redis-server` (Debian/Ubuntu)"
                        + " or `brew install redis` (macOS)"));
        long started = System.nanoTime();
        Path directory = createWorkingDirectory();
        for (int attempt = 1; ; attempt++) {
            int port = FreePorts.next();
            ChildProcess child = ChildProcess.start("redis", command(redisServer, port, directory), directory);
            try {
                child.awaitPort(port, START_TIMEOUT);
                awaitReadyLine(child);
            } catch (IllegalStateException e) {
                child.close();
                if (attempt < START_ATTEMPTS && child.recentOutput().contains("Address already in use")) {
                    log.debug("port {} was taken before redis-server bound it; trying another", port);
                    continue;
                }
                deleteWorkingDirectory(directory);
                throw e;
            }
            process = child;
            workingDirectory = directory;
            endpoint = URI.create("redis://127.0.0.1:" + port);
            log.info(
                    "redis-server listening on {} (pid {}), started in {} ms",
                    endpoint,
                    child.pid(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return;
        }
    }

    @Override
    public synchronized URI endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("redis-server not started");
        }
        return endpoint;
    }

    /** Stops redis-server, returns once it has exited, and deletes its working directory. */
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
        deleteWorkingDirectory(workingDirectory);
        log.debug("redis-server stopped");
    }

    /** The guard process and everything it started (redis-server among them); empty once stopped. */
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

    private static List<String> command(Path redisServer, int port, Path directory) {
        return List.of(
                redisServer.toString(),
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--protected-mode",
                "yes",
                "--daemonize",
                "no",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                directory.toString(),
                "--logfile",
                "",
                "--loglevel",
                "notice");
    }

    private static Optional<Path> findExecutable(String name) {
        if (name.contains(File.separator)) {
            Path path = Path.of(name);
            return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = Objects.requireNonNullElse(System.getenv("PATH"), "");
        return Stream.of(pathVariable.split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, name))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }

    /** The port accepting connections could belong to someone else; redis-server says when it is ours. */
    private static void awaitReadyLine(ChildProcess child) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!child.recentOutput().contains(READY_LINE)) {
            if (!child.isAlive()) {
                throw new IllegalStateException("redis-server exited before it was ready:\n" + child.recentOutput());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "redis-server was not ready within " + START_TIMEOUT + ":\n" + child.recentOutput());
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

    private static Path createWorkingDirectory() {
        try {
            return Files.createTempDirectory("local-aws-redis-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working directory for redis-server", e);
        }
    }

    private static void deleteWorkingDirectory(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("could not delete redis-server's working directory {}", directory, e);
        }
    }
}
