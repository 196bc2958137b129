package com.mangaassist.localaws.process;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A server script of local-aws's {@code node} directory run by Node.js as a guarded child process on a
 * free loopback port ({@code node <script> <arguments for the port>}), ready when it prints its ready
 * line. Before starting anything it checks that the script and its npm package are installed and that
 * Node.js is on the {@code PATH}, and says how to fix what is missing. The node stand-ins (dynalite, the
 * Step Functions front) are each one of these.
 */
public final class NodeServer {

    /** What to run: the script, the npm package it needs, its ready line and how to name it in messages. */
    public record Script(String name, String file, String requiredPackage, String readyLine, String standIn) {

        public Script {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(requiredPackage, "requiredPackage");
            Objects.requireNonNull(readyLine, "readyLine");
            Objects.requireNonNull(standIn, "standIn");
        }
    }

    private final Script script;
    private final Path nodeDirectory;
    private final String nodeExecutable;
    private ServerProcess process;

    public NodeServer(Script script, Path nodeDirectory, String nodeExecutable) {
        this.script = script;
        this.nodeDirectory =
                Objects.requireNonNull(nodeDirectory, "nodeDirectory").toAbsolutePath();
        this.nodeExecutable = Objects.requireNonNull(nodeExecutable, "nodeExecutable");
    }

    /** Starts the script with {@code arguments} for the chosen port and blocks until it is ready. */
    public synchronized void start(IntFunction<List<String>> arguments) {
        if (process != null) {
            throw new IllegalStateException(script.name() + " already started");
        }
        Path file = requireInstalled();
        Path node = requireNode();
        process = ServerProcess.named(script.name())
                .command(port -> {
                    List<String> command = new ArrayList<>(List.of(node.toString(), file.toString()));
                    command.addAll(arguments.apply(port));
                    return command;
                })
                .workingDirectory(nodeDirectory)
                .readyLine(script.readyLine())
                .portTakenLine("EADDRINUSE")
                .start();
    }

    public synchronized URI endpoint() {
        if (process == null) {
            throw new IllegalStateException(script.name() + " not started");
        }
        return process.endpoint();
    }

    /** Stops the script and returns once its process and the guard around it have exited. */
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.close();
    }

    /** The guard process and everything it started; empty once stopped. */
    public synchronized List<ProcessHandle> processTree() {
        return process == null ? List.of() : process.processTree();
    }

    private Path requireInstalled() {
        Path file = nodeDirectory.resolve(script.file());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + script.file() + " in " + nodeDirectory + ": " + script.standIn()
                    + " needs local-aws's node directory");
        }
        if (!Files.isRegularFile(nodeDirectory
                .resolve("node_modules")
                .resolve(script.requiredPackage())
                .resolve("package.json"))) {
            throw new IllegalStateException(script.requiredPackage() + " is not installed in " + nodeDirectory
                    + ": run `npm ci` in that directory (Node.js 20+ and npm are needed)");
        }
        return file;
    }

    private Path requireNode() {
        return Executables.find(nodeExecutable)
                .orElseThrow(() -> new IllegalStateException("`" + nodeExecutable + "` is not on the PATH: "
                        + script.standIn() + " needs Node.js 20+;"
                        + " install it from https://nodejs.org or your package manager"));
    }
}
