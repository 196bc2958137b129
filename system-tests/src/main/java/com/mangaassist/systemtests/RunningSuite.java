package com.mangaassist.systemtests;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.LocalAwsProcess;
import com.mangaassist.localaws.process.ChildProcess;
import com.mangaassist.localaws.process.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole suite on the local stack: the stack in its own JVM, then every service from its
 * executable jar with the {@code local} profile and the stack's endpoints, the gateway pointed at the
 * orchestrator. {@link #close()} stops the services, then the stack; nothing outlives this JVM.
 */
public final class RunningSuite implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningSuite.class);
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CATALOG_BUILD_TIMEOUT = Duration.ofMinutes(30);
    private static final Path NICE = Path.of("/usr/bin/nice");
    /** How long a stopping service may take to write its class data sharing archive (tens of MB). */
    private static final Duration ARCHIVE_WRITE_GRACE = Duration.ofSeconds(60);
    /** The line the index build prints once keyword search works (BuildCatalogIndexCommand.KEYWORDS_READY). */
    private static final String KEYWORDS_READY = "CATALOG_KEYWORDS_READY";

    private final LocalAwsProcess stack;
    private final Map<ServiceModule, URI> services;
    private final List<ChildProcess> processes;
    private final Map<ServiceModule, ProcessHandle> jvms;
    private final ChildProcess catalogBuild;
    /** Processes started after the suite was up (a replaced redis-server): stopped before the stack. */
    private final List<ChildProcess> extras = new CopyOnWriteArrayList<>();

    private final ClassDataSharing sharing;
    private long chatReadyNanos;
    private final Path root;
    private final Path logDir;
    private final Options options;

    private RunningSuite(
            LocalAwsProcess stack,
            Map<ServiceModule, URI> services,
            List<ChildProcess> processes,
            Map<ServiceModule, ProcessHandle> jvms,
            ChildProcess catalogBuild,
            ClassDataSharing sharing,
            Path root,
            Path logDir,
            Options options) {
        this.stack = stack;
        this.services = services;
        this.processes = processes;
        this.jvms = jvms;
        this.catalogBuild = catalogBuild;
        this.sharing = sharing;
        this.root = root;
        this.logDir = logDir;
        this.options = options;
    }

    /** A further instance of a service on this suite's stack, started and stopped by its caller. */
    public record Instance(URI uri, ChildProcess process) implements AutoCloseable {

        /** SIGKILL to the service's JVM: no shutdown hooks, no graceful drain. */
        public void kill() {
            killJvm(process);
        }

        @Override
        public void close() {
            process.close();
        }
    }

    /**
     * SIGKILL to the JVM under a child process's guard shell (the guard itself would leave the JVM running),
     * then waits for both to be gone.
     */
    public static void killJvm(ChildProcess process) {
        ProcessHandle jvm =
                jvmOf(process).orElseThrow(() -> new IllegalStateException("no JVM under process " + process.pid()));
        jvm.destroyForcibly();
        jvm.onExit().join();
        process.awaitExit(Duration.ofSeconds(10));
        process.close();
    }

    /**
     * Starts one more instance of {@code service} with the suite's settings plus {@code arguments} (log file
     * {@code <module>-<name>.log}) and waits until it is healthy: for drills that kill an instance midway.
     */
    public Instance startInstance(ServiceModule service, String name, String... arguments) {
        int port = FreePorts.next();
        Options extended = options.withArguments(service, arguments);
        ChildProcess process = ChildProcess.start(
                service.module() + "-" + name,
                command(root, service, port, stack.endpoints(), extended.serviceArguments(), null),
                root,
                logDir.resolve(service.module() + "-" + name + ".log"));
        URI uri = URI.create("http://127.0.0.1:" + port);
        try {
            awaitHealthy(service, uri, process);
        } catch (RuntimeException | Error e) {
            process.close();
            throw e;
        }
        return new Instance(uri, process);
    }

    /**
     * How the suite starts: where OpenSearch keeps its data (null: a temporary directory), how many catalog rows
     * the catalog index gets when it must be built (0: all of them), and whether the services may start once the
     * catalog is searchable by keyword while its embeddings fill in at low CPU priority, each from its extracted
     * jar with a class data sharing archive ({@link ClassDataSharing}): the launcher's quick start (false: they
     * start from their executable jars once the index is complete).
     */
    public record Options(
            Path openSearchHome,
            int catalogLimit,
            Map<ServiceModule, List<String>> serviceArguments,
            boolean quickStart) {

        public Options {
            serviceArguments = Map.copyOf(serviceArguments);
        }

        public Options(Path openSearchHome, int catalogLimit) {
            this(openSearchHome, catalogLimit, Map.of(), false);
        }

        /** The same options with the launcher's quick start. */
        public Options withQuickStart() {
            return new Options(openSearchHome, catalogLimit, serviceArguments, true);
        }

        /**
         * The same options with {@code arguments} (for example {@code --mangaassist.x=y}) added for {@code service}.
         * An argument that sets a property already set replaces the earlier value (Spring would otherwise read
         * both as one comma-separated value).
         */
        public Options withArguments(ServiceModule service, String... arguments) {
            Map<ServiceModule, List<String>> all = new EnumMap<>(ServiceModule.class);
            all.putAll(serviceArguments);
            List<String> merged = new ArrayList<>(all.getOrDefault(service, List.of()));
            for (String argument : arguments) {
                String property = propertyOf(argument);
                merged.removeIf(earlier -> property != null && property.equals(propertyOf(earlier)));
                merged.add(argument);
            }
            all.put(service, List.copyOf(merged));
            return new Options(openSearchHome, catalogLimit, all, quickStart);
        }

        /** {@code x.y} of {@code --x.y=z}; null for anything else. */
        private static String propertyOf(String argument) {
            int equals = argument.indexOf('=');
            return argument.startsWith("--") && equals > 2 ? argument.substring(2, equals) : null;
        }
    }

    /** Starts the suite from the project at {@code root} (where the modules were built), logs in {@code logDir}. */
    public static RunningSuite start(Path root, Path logDir, Options options) {
        LocalAwsProcess stack =
                LocalAwsProcess.start(Set.of(), logDir.resolve("local-aws.log"), options.openSearchHome());
        ChildProcess catalogBuild;
        ClassDataSharing sharing = null;
        try {
            CompletableFuture<ClassDataSharing> extracted = options.quickStart()
                    ? CompletableFuture.supplyAsync(
                            () -> ClassDataSharing.prepare(root, EnumSet.allOf(ServiceModule.class)))
                    : CompletableFuture.completedFuture(null);
            catalogBuild = startCatalogBuild(root, stack.endpoints(), options, logDir.resolve("catalog-index.log"));
            sharing = extracted.join();
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
        List<ChildProcess> processes = new ArrayList<>();
        Map<ServiceModule, URI> services = new EnumMap<>(ServiceModule.class);
        long chatReadyNanos = 0;
        try {
            for (ServiceModule service : ServiceModule.values()) {
                services.put(service, URI.create("http://127.0.0.1:" + FreePorts.next()));
            }
            // the console calls the others like any client does: their URLs and the chat gateway's
            Options withConsole =
                    options.withArguments(ServiceModule.CONSOLE, consoleArguments(services, stack.endpoints()));
            // the quick start brings chat up first: the orchestrator alone, then the others (they share two cores)
            List<ServiceModule> first = options.quickStart() ? List.of(ServiceModule.ORCHESTRATOR) : List.of();
            for (ServiceModule service : first) {
                processes.add(startService(root, service, services, stack.endpoints(), withConsole, sharing, logDir));
            }
            // the services start while the catalog is indexed: none of them reads the index before its first turn
            awaitCatalog(catalogBuild, options);
            for (ServiceModule service : first) {
                awaitHealthy(service, services.get(service), processes.get(service.ordinal()));
            }
            if (!first.isEmpty()) {
                stack.setGatewayIntegration(services.get(ServiceModule.ORCHESTRATOR));
                chatReadyNanos = System.nanoTime();
                log.info("chat is ready ({} healthy, the gateway calls it); starting the other services", first);
            }
            for (ServiceModule service : ServiceModule.values()) {
                if (!first.contains(service)) {
                    processes.add(
                            startService(root, service, services, stack.endpoints(), withConsole, sharing, logDir));
                }
            }
            for (ServiceModule service : ServiceModule.values()) {
                awaitHealthy(service, services.get(service), processes.get(service.ordinal()));
            }
            stack.setGatewayIntegration(services.get(ServiceModule.ORCHESTRATOR));
            if (chatReadyNanos == 0) {
                chatReadyNanos = System.nanoTime();
            }
            // the JVMs themselves, found now: at Ctrl-C their guard shells may be gone before close() looks
            Map<ServiceModule, ProcessHandle> jvms = new EnumMap<>(ServiceModule.class);
            for (ServiceModule service : ServiceModule.values()) {
                jvmOf(processes.get(service.ordinal())).ifPresent(jvm -> jvms.put(service, jvm));
            }
            RunningSuite suite = new RunningSuite(
                    stack, services, processes, jvms, catalogBuild, sharing, root, logDir, withConsole);
            suite.chatReadyNanos = chatReadyNanos;
            return suite;
        } catch (RuntimeException | Error e) {
            processes.forEach(ChildProcess::close);
            catalogBuild.close();
            stack.close();
            throw e;
        }
    }

    /** {@link System#nanoTime()} when customers could first chat: the orchestrator healthy behind the gateway. */
    public long chatReadyNanos() {
        return chatReadyNanos;
    }

    private static ChildProcess startService(
            Path root,
            ServiceModule service,
            Map<ServiceModule, URI> services,
            LocalAwsEndpoints endpoints,
            Options options,
            ClassDataSharing sharing,
            Path logDir) {
        return ChildProcess.start(
                service.module(),
                command(root, service, services.get(service).getPort(), endpoints, options.serviceArguments(), sharing),
                root,
                logDir.resolve(service.module() + ".log"));
    }

    public LocalAwsEndpoints stack() {
        return stack.endpoints();
    }

    /**
     * The replay drill's switch (issue 14): while on, every message sent to any queue of the stack is enqueued a
     * second time, the copy after a random 0-3 s (see {@code LocalAwsProcess#setSqsReplay}).
     */
    public void setSqsReplay(boolean on) {
        stack.setSqsReplay(on);
    }

    /** How many replayed copies the SQS stand-in has enqueued since the stack started. */
    public long sqsReplayedCopies() {
        return stack.sqsReplayedCopies();
    }

    public URI service(ServiceModule service) {
        return services.get(service);
    }

    /** Every service's base URI, in {@link ServiceModule} order. */
    public Map<ServiceModule, URI> services() {
        return java.util.Collections.unmodifiableMap(new EnumMap<>(services));
    }

    /** The JVM of one of the suite's services (under its guard shell), e.g. to pause it with SIGSTOP. */
    public ProcessHandle jvm(ServiceModule service) {
        ChildProcess process = processes.get(service.ordinal());
        return jvmOf(process)
                .orElseThrow(() -> new IllegalStateException("no JVM under " + service.module() + " " + process.pid()));
    }

    /**
     * SIGKILL to a service's JVM (no shutdown hook, no drain), then the same service started again on the same
     * port with the same arguments; returns once it is healthy, with how long it was away. The chaos soak's
     * kill-and-restart: what a crashed ECS task and its replacement look like to everyone else.
     */
    public synchronized Duration killAndRestart(ServiceModule service) {
        long start = System.nanoTime();
        killJvm(processes.get(service.ordinal()));
        ChildProcess fresh = startService(root, service, services, stack.endpoints(), options, sharing, logDir);
        processes.set(service.ordinal(), fresh);
        awaitHealthy(service, services.get(service), fresh);
        jvmOf(fresh).ifPresent(jvm -> jvms.put(service, jvm));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * SIGKILL to redis-server, then a fresh, empty one on the same port (what an ElastiCache node replacement
     * looks like to the services: connections drop, every cache is cold); returns once it answers PING, with how
     * long it was away. The replacement is this suite's child and stops with it.
     */
    public synchronized Duration restartRedis() {
        long start = System.nanoTime();
        URI redis = stack.endpoints().redis();
        ProcessHandle running = descendants()
                // Debian's redis-server is a link to redis-check-rdb and retitles itself "redis-server host:port":
                // only /proc/<pid>/cmdline shows the title (ProcessHandle.Info reports the executable)
                .filter(p -> {
                    String title = procCommandLine(p);
                    return title.contains("redis-server") && title.contains(":" + redis.getPort());
                })
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no redis-server under the suite"));
        running.destroyForcibly();
        running.onExit().join();
        Path directory;
        try {
            directory = Files.createTempDirectory("soak-redis-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChildProcess fresh = ChildProcess.start(
                "redis-server",
                List.of(
                        "redis-server",
                        "--port",
                        Integer.toString(redis.getPort()),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--daemonize",
                        "no",
                        "--dir",
                        directory.toString()),
                directory,
                logDir.resolve("redis-restarted.log"));
        extras.add(fresh);
        awaitPing(redis, fresh);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Stops one of the stack's Node stand-ins ({@code dynalite} for DynamoDB, {@code stepfunctions}) with SIGSTOP
     * for {@code pause}, then continues it: calls to it hang meanwhile, so timeouts, retries and breakers trip
     * as they would against a brown-out.
     */
    public void pauseStandIn(String scriptName, Duration pause) {
        ProcessHandle standIn = descendants()
                .filter(p -> p.info().arguments().stream()
                        .flatMap(Arrays::stream)
                        .anyMatch(argument -> argument.contains(scriptName)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no stand-in running " + scriptName));
        signal(standIn, "STOP");
        try {
            LockSupport.parkNanos(pause.toNanos());
        } finally {
            signal(standIn, "CONT");
        }
    }

    /** Sends {@code signal} (STOP, CONT, ...) to a process with {@code kill}. */
    public static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException(
                        "kill -" + signal + " " + process.pid() + " exited " + kill.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Stream<ProcessHandle> descendants() {
        Stream<ProcessHandle> underStack =
                ProcessHandle.of(stack.pid()).stream().flatMap(ProcessHandle::descendants);
        Stream<ProcessHandle> underExtras = extras.stream()
                .flatMap(extra -> ProcessHandle.of(extra.pid()).stream())
                .flatMap(ProcessHandle::descendants);
        return java.util.stream.Stream.concat(underStack, underExtras);
    }

    /** The process's command line as it shows itself (Linux), empty when unreadable. */
    private static String procCommandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    private static void awaitPing(URI redis, ChildProcess process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited during start:\n" + process.recentOutput());
            }
            try (Socket socket = new Socket(redis.getHost(), redis.getPort())) {
                socket.setSoTimeout(1000);
                socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                byte[] reply = new byte[7];
                int read = socket.getInputStream().read(reply);
                if (read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG")) {
                    return;
                }
            } catch (IOException notYet) {
                log.trace("redis-server not answering yet", notYet);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new IllegalStateException("redis-server did not answer PING within 30 s:\n" + process.recentOutput());
    }

    /** Process ids of the stack and every service, for memory accounting. */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        pids.add(stack.pid());
        processes.forEach(p -> pids.add(p.pid()));
        return pids;
    }

    /** Whether the catalog build still runs: embedding the catalog in the background after a first start. */
    public boolean catalogStillBuilding() {
        return catalogBuild.isAlive();
    }

    @Override
    public void close() {
        catalogBuild.close();
        if (sharing == null) {
            processes.parallelStream().forEach(ChildProcess::close);
        } else {
            // the JVMs write their class data sharing archives as they exit: wait for them before the stack goes
            Arrays.stream(ServiceModule.values()).parallel().forEach(service -> {
                processes.get(service.ordinal()).close();
                Optional.ofNullable(jvms.get(service))
                        .ifPresent(jvm -> sharing.afterStop(service, jvm, ARCHIVE_WRITE_GRACE));
            });
        }
        extras.forEach(ChildProcess::close);
        stack.close();
    }

    /** The JVM under a child process's guard shell, if it still runs. */
    private static Optional<ProcessHandle> jvmOf(ChildProcess process) {
        return ProcessHandle.of(process.pid()).stream()
                .flatMap(ProcessHandle::descendants)
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst();
    }

    /** The catalog index name in an environment. */
    public static String catalogIndex(LocalAwsEndpoints endpoints) {
        return endpoints.prefix() + "-catalog";
    }

    /**
     * Runs the orchestrator's index-build command (a command of its own: it does nothing when the index is
     * already complete, so a persistent OpenSearch home is indexed once). It writes every product for keyword
     * search first, then embeds them; with {@link Options#quickStart()} it runs under {@code nice}, so the
     * services' start comes first on the CPU. {@link #awaitCatalog} waits for it.
     */
    private static ChildProcess startCatalogBuild(
            Path root, LocalAwsEndpoints endpoints, Options options, Path logFile) {
        List<String> command = new ArrayList<>();
        if (options.quickStart() && Files.isExecutable(NICE)) {
            command.addAll(List.of(NICE.toString(), "-n", "19"));
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-XX:+UseSerialGC",
                "-Dloader.main=com.mangaassist.orchestrator.catalog.adapter.in.cli.BuildCatalogIndexCommand",
                "-cp",
                executableJar(root, ServiceModule.ORCHESTRATOR).toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--opensearch",
                endpoints.openSearch().toString(),
                "--index",
                catalogIndex(endpoints)));
        if (options.catalogLimit() > 0) {
            command.add("--limit");
            command.add(Integer.toString(options.catalogLimit()));
        }
        log.info("building the catalog index {} (see {})", catalogIndex(endpoints), logFile);
        return ChildProcess.start("catalog-index", command, root, logFile);
    }

    /**
     * With {@link Options#quickStart()} until every product is searchable by keyword (the embeddings go on filling
     * in), otherwise until the build has finished.
     */
    private static void awaitCatalog(ChildProcess build, Options options) {
        if (options.quickStart()) {
            awaitKeywordSearch(build);
            return;
        }
        if (!build.awaitExit(CATALOG_BUILD_TIMEOUT) || build.exitValue() != 0) {
            build.close();
            throw new IllegalStateException("building the catalog index failed:\n" + build.recentOutput());
        }
    }

    /** Until the build says every product is searchable by keyword, or has finished (the index was complete). */
    private static void awaitKeywordSearch(ChildProcess build) {
        try {
            build.awaitLine(line -> line.startsWith(KEYWORDS_READY), CATALOG_BUILD_TIMEOUT);
            log.info("catalog searchable by keyword; its embeddings fill in in the background (see catalog-index.log)");
        } catch (IllegalStateException exited) {
            if (build.isAlive() || build.exitValue() != 0) {
                build.close();
                throw new IllegalStateException("building the catalog index failed:\n" + build.recentOutput(), exited);
            }
        }
    }

    private static List<String> command(
            Path root,
            ServiceModule service,
            int port,
            LocalAwsEndpoints endpoints,
            Map<ServiceModule, List<String>> serviceArguments,
            ClassDataSharing sharing) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx384m",
                // what a full collection frees goes back at once (HeapTrimAtReady collects when a service is ready);
                // a 48 MB young generation and a 10-30 % free old one cut RSS further but made full collections
                // frequent under load (40 turns/s p99 140 -> 200-600 ms), so the sizes stay the JVM's
                "-XX:-ShrinkHeapInSteps",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        command.addAll(
                sharing == null ? List.of("-jar", executableJar(root, service).toString()) : sharing.launch(service));
        command.addAll(List.of(
                "--spring.profiles.active=local",
                "--server.port=" + port,
                "--mangaassist.resources.prefix=" + endpoints.prefix(),
                "--mangaassist.local.issuer=" + endpoints.issuer(),
                // each service signs with its own key id, as each task role is its own identity in AWS: a game day
                // can take one service's permission away at the stand-in (scenario 4, the watchdog's PostToConnection)
                "--mangaassist.aws.credentials.access-key-id=" + accessKeyId(service)));
        Map<String, String> awsEndpoints = Map.of(
                "dynamodb", "dynamodb",
                "sqs", "sqs",
                "ses", "ses",
                "stepfunctions", "stepfunctions",
                "apigateway-management", "gateway-management");
        awsEndpoints.forEach((property, key) -> {
            if (endpoints.has(key)) {
                command.add("--mangaassist.aws.endpoints." + property + "=" + endpoints.uri(key));
            }
        });
        if (endpoints.has("redis")) {
            command.add("--spring.data.redis.url=" + endpoints.redis());
        }
        if (endpoints.has("opensearch")) {
            command.add("--mangaassist.opensearch.endpoint=" + endpoints.openSearch());
            command.add("--mangaassist.opensearch.catalog-index=" + catalogIndex(endpoints));
        }
        command.addAll(serviceArguments.getOrDefault(service, List.of()));
        return command;
    }

    /** The access key id {@code service} signs its AWS calls with on the local stack. */
    public static String accessKeyId(ServiceModule service) {
        return "local-" + service.module();
    }

    private static String[] consoleArguments(Map<ServiceModule, URI> services, LocalAwsEndpoints endpoints) {
        return new String[] {
            "--mangaassist.console.services.orchestrator=" + services.get(ServiceModule.ORCHESTRATOR),
            "--mangaassist.console.services.reviews=" + services.get(ServiceModule.REVIEW_QUEUE),
            "--mangaassist.console.services.feedback=" + services.get(ServiceModule.FEEDBACK),
            "--mangaassist.console.services.thresholds=" + services.get(ServiceModule.THRESHOLD),
            "--mangaassist.console.services.deliveries=" + services.get(ServiceModule.DELIVERY_WATCHDOG),
            "--mangaassist.console.gateway-web-socket=" + endpoints.gatewayWebSocket()
        };
    }

    static Path executableJar(Path root, ServiceModule service) {
        Path target = root.resolve(service.module()).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no executable jar in " + target + ": build with ./mvnw package first"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target + ": build with ./mvnw package first", e);
        }
    }

    private static void awaitHealthy(ServiceModule service, URI base, ChildProcess process) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        // readiness, not the aggregate: it turns UP only after the whole context has started (a lifecycle bean that
        // fails after the web server is up would otherwise look healthy for a moment, then exit)
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + SERVICE_START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited during start:\n" + process.recentOutput());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    log.info("{} healthy at {}", service.module(), base);
                    return;
                }
            } catch (IOException notYet) {
                log.trace("{} not answering yet", service.module(), notYet);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException(
                service.module() + " not healthy within " + SERVICE_START_TIMEOUT + ":\n" + process.recentOutput());
    }
}
