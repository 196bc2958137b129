package com.mangaassist.localaws.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process that cannot outlive the JVM that started it.
 *
 * <p>The command runs under {@code /bin/sh} with a guard: the shell starts the real program in the
 * background and waits for end-of-file on its standard input, which is a pipe held by this JVM. When
 * this JVM exits for any reason, including SIGKILL, the pipe closes and the guard kills the program.
 * {@link #close()} stops it at once (TERM, then KILL after a grace period).
 */
public final class ChildProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);
    private static final int TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final Deque<String> tail = new ArrayDeque<>();
    private final List<LineWaiter> waiters = new CopyOnWriteArrayList<>();
    private final Optional<java.io.PrintWriter> logFile;

    private ChildProcess(String name, Process process, Optional<java.io.PrintWriter> logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        Thread pump = new Thread(this::pumpOutput, "child-" + name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts {@code command} in {@code workingDir}. Its standard output and error are logged at debug
     * level and the last lines are kept for error messages.
     */
    public static ChildProcess start(String name, List<String> command, Path workingDir) {
        return start(name, command, workingDir, null);
    }

    /** As {@link #start(String, List, Path)}, also appending every output line to {@code logFile} when given. */
    public static ChildProcess start(String name, List<String> command, Path workingDir, Path logFile) {
        List<String> guarded = new ArrayList<>();
        guarded.add("/bin/sh");
        guarded.add("-c");
        // "$@" is the real command; the guard kills it when our stdin pipe reaches end-of-file.
        guarded.add("exec 3<&0; \"$@\" </dev/null 3<&- & child=$!; "
                + "(cat <&3 >/dev/null; kill $child 2>/dev/null) & watcher=$!; exec 3<&-; "
                + "trap 'kill $child $watcher 2>/dev/null; exit 143' TERM INT; "
                + "wait $child; status=$?; kill $watcher 2>/dev/null; exit $status");
        guarded.add(name);
        guarded.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(guarded).redirectErrorStream(true);
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        try {
            Optional<java.io.PrintWriter> log = Optional.empty();
            if (logFile != null) {
                java.nio.file.Files.createDirectories(logFile.toAbsolutePath().getParent());
                log = Optional.of(new java.io.PrintWriter(
                        java.nio.file.Files.newBufferedWriter(
                                logFile,
                                StandardCharsets.UTF_8,
                                java.nio.file.StandardOpenOption.CREATE,
                                java.nio.file.StandardOpenOption.APPEND),
                        true));
            }
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    /** Blocks until the process accepts TCP connections on {@code port}, or fails with its output. */
    public void awaitPort(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + " before listening:\n" + recentOutput());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                LockSupportPause.pause(Duration.ofMillis(50));
            }
        }
        close();
        throw new IllegalStateException(
                name + " did not listen on port " + port + " within " + timeout + ":\n" + recentOutput());
    }

    /**
     * Blocks until the process prints a line matching {@code predicate} and returns it; fails with the
     * recent output if the process exits first or the timeout passes.
     */
    public String awaitLine(Predicate<String> predicate, Duration timeout) {
        LineWaiter waiter = new LineWaiter(predicate, new CompletableFuture<>());
        waiters.add(waiter);
        synchronized (this) {
            tail.stream().filter(predicate).findFirst().ifPresent(waiter.line()::complete);
        }
        process.onExit()
                .thenRun(() -> waiter.line()
                        .completeExceptionally(new IllegalStateException(
                                name + " exited with " + process.exitValue() + ":\n" + recentOutput())));
        try {
            return waiter.line().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close();
            throw new IllegalStateException(
                    name + " printed no expected line within " + timeout + ":\n" + recentOutput());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } finally {
            waiters.remove(waiter);
        }
    }

    /** Blocks until the process has exited, up to {@code timeout}; true when it has. */
    public boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The exit status, once the process has exited. */
    public int exitValue() {
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The last lines the process printed, for error messages. */
    public synchronized String recentOutput() {
        return String.join("\n", tail);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void pumpOutput() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                log.debug("[{}] {}", name, line);
                String current = line;
                logFile.ifPresent(w -> w.println(current));
                for (LineWaiter waiter : waiters) {
                    if (waiter.predicate().test(current)) {
                        waiter.line().complete(current);
                    }
                }
                synchronized (this) {
                    tail.addLast(line);
                    if (tail.size() > TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException closed) {
            log.trace("output of {} closed", name, closed);
        }
    }

    private record LineWaiter(Predicate<String> predicate, CompletableFuture<String> line) {}
}
