package com.mangaassist.localaws.process;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server program running as a {@link ChildProcess} on a free loopback port, ready once it accepts connections on
 * that port and has printed its ready line. {@link #close()} returns once the program and everything it started have
 * exited.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerProcess.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READY_POLL = Duration.ofMillis(20);
    private static final int START_ATTEMPTS = 3;

    private final String name;
    private final ChildProcess child;
    private final URI endpoint;

    private ServerProcess(String name, ChildProcess child, URI endpoint) {
        this.name = name;
        this.child = child;
        this.endpoint = endpoint;
    }

    /** Describes the server program called {@code name} (in logs, error messages and the process list). */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Where the server listens: {@code <scheme>://127.0.0.1:<port>}. */
    public URI endpoint() {
        return endpoint;
    }

    public long pid() {
        return child.pid();
    }

    public boolean isAlive() {
        return child.isAlive();
    }

    /** The guard process and everything it started (the server among them); empty once stopped. */
    public List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        ProcessHandle.of(child.pid()).ifPresent(guard -> {
            tree.add(guard);
            guard.descendants().forEach(tree::add);
        });
        return tree;
    }

    /** Stops the server and returns once its process and the guard around it have exited. */
    @Override
    public void close() {
        List<ProcessHandle> tree = processTree();
        child.close();
        for (ProcessHandle handle : tree) {
            awaitExit(handle);
        }
        log.debug("{} stopped", name);
    }

    /** How to run one server program; {@link #start()} runs it. */
    public static final class Builder {

        private final String name;
        private IntFunction<List<String>> command;
        private Path workingDirectory;
        private String scheme = "http";
        private String readyLine;
        private String portTakenLine;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** The command line, given the port the server is to listen on. */
        public Builder command(IntFunction<List<String>> commandForPort) {
            this.command = Objects.requireNonNull(commandForPort, "commandForPort");
            return this;
        }

        public Builder workingDirectory(Path directory) {
            this.workingDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** The scheme of {@link ServerProcess#endpoint()}; {@code http} unless set. */
        public Builder scheme(String endpointScheme) {
            this.scheme = Objects.requireNonNull(endpointScheme, "endpointScheme");
            return this;
        }

        /**
         * Text of the line the server prints once it serves requests: the port accepting connections could belong to
         * someone else, the line says it is the server's.
         */
        public Builder readyLine(String text) {
            this.readyLine = Objects.requireNonNull(text, "text");
            return this;
        }

        /** Text of the server's output when its port was taken before it bound it; it is then tried on another. */
        public Builder portTakenLine(String text) {
            this.portTakenLine = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Starts the server on a free loopback port and blocks until it is ready, trying other ports when one turns
         * out to be taken.
         *
         * @throws IllegalStateException when the server exits or is not ready in time; it is stopped then
         */
        public ServerProcess start() {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(workingDirectory, "workingDirectory");
            Objects.requireNonNull(readyLine, "readyLine");
            Objects.requireNonNull(portTakenLine, "portTakenLine");
            long started = System.nanoTime();
            for (int attempt = 1; ; attempt++) {
                int port = FreePorts.next();
                ChildProcess child = ChildProcess.start(name, command.apply(port), workingDirectory);
                try {
                    child.awaitPort(port, START_TIMEOUT);
                    awaitReadyLine(child);
                } catch (IllegalStateException e) {
                    child.close();
                    if (attempt < START_ATTEMPTS && child.recentOutput().contains(portTakenLine)) {
                        log.debug("port {} was taken before {} bound it; trying another", port, name);
                        continue;
                    }
                    throw e;
                }
                ServerProcess server = new ServerProcess(name, child, URI.create(scheme + "://127.0.0.1:" + port));
                log.info(
                        "{} listening on {} (pid {}), started in {} ms",
                        name,
                        server.endpoint(),
                        child.pid(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                return server;
            }
        }

        private void awaitReadyLine(ChildProcess child) {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!child.recentOutput().contains(readyLine)) {
                if (!child.isAlive()) {
                    throw new IllegalStateException(name + " exited before it was ready:\n" + child.recentOutput());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            name + " was not ready within " + START_TIMEOUT + ":\n" + child.recentOutput());
                }
                LockSupportPause.pause(READY_POLL);
            }
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
