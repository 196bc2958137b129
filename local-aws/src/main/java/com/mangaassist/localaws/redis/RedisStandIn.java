package com.mangaassist.localaws.redis;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.process.Executables;
import com.mangaassist.localaws.process.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

    private final String executable;
    private ServerProcess process;
    private Path workingDirectory;

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
        Path redisServer = Executables.find(executable)
                .orElseThrow(() -> new IllegalStateException("`" + executable
                        + "` is not on the PATH: the Redis stand-in needs redis-server."
                        + " Install it with `apt-get install -y redis-server` (Debian/Ubuntu)"
                        + " or `brew install redis` (macOS)"));
        Path directory = createWorkingDirectory();
        try {
            process = ServerProcess.named("redis-server")
                    .command(port -> command(redisServer, port, directory))
                    .workingDirectory(directory)
                    .scheme("redis")
                    .readyLine("Ready to accept connections")
                    .portTakenLine("Address already in use")
                    .start();
        } catch (RuntimeException e) {
            deleteWorkingDirectory(directory);
            throw e;
        }
        workingDirectory = directory;
    }

    @Override
    public synchronized URI endpoint() {
        if (process == null) {
            throw new IllegalStateException("redis-server not started");
        }
        return process.endpoint();
    }

    /** Stops redis-server, returns once it has exited, and deletes its working directory. */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.close();
        deleteWorkingDirectory(workingDirectory);
    }

    /** The guard process and everything it started (redis-server among them); empty once stopped. */
    synchronized List<ProcessHandle> processTree() {
        return process == null ? List.of() : process.processTree();
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
