package com.mangaassist.localaws;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the local stack in this JVM and prints one {@code LOCAL_AWS_READY key=value ...} line with
 * every endpoint. Stops on Ctrl-C / SIGTERM, or, with {@code --exit-on-stdin-eof}, when the parent
 * process that holds our standard input goes away (so a killed test JVM never leaves a stack behind).
 *
 * <pre>
 * --node-dir DIR            where package.json and node_modules of the node stand-ins live (required)
 * --prefix P                resource prefix to provision (default: local)
 * --without a,b             components to leave out (e.g. opensearch)
 * --integration URL         where the gateway forwards WebSocket routes (settable later)
 * --opensearch-home DIR     keep OpenSearch's data in DIR across restarts (default: a temporary directory)
 * --exit-on-stdin-eof       stop when standard input closes
 * --backend B               local-aws (default: every component a stand-in) or localstack (DynamoDB, SQS,
 *                           Step Functions, SES, Redis and OpenSearch as containers; needs Docker and Testcontainers
 *                           on the classpath, see LocalAwsProcess)
 * --aws-endpoint URL        a LocalStack already running at URL (docker-compose.yml): DynamoDB, SQS, Step Functions
 *                           and SES are not started but provisioned there
 * --issuer-port N           the JWT issuer on port N (default: a free port)
 * --gateway-ports W,M       the gateway's WebSocket and @connections ports (default: free ports)
 * --ready-file PATH         also write the ready line to PATH once everything is provisioned (a health check)
 * </pre>
 */
public final class LocalAwsLauncher {

    private static final Logger log = LoggerFactory.getLogger(LocalAwsLauncher.class);

    private LocalAwsLauncher() {}

    public static void main(String[] args) throws Exception {
        Path nodeDir = null;
        String prefix = "local";
        Set<Component> components = EnumSet.allOf(Component.class);
        URI integration = null;
        boolean exitOnStdinEof = false;
        Path openSearchHome = null;
        com.mangaassist.localaws.junit.AwsBackend backend = com.mangaassist.localaws.junit.AwsBackend.LOCAL_AWS;
        URI awsEndpoint = null;
        int issuerPort = 0;
        int[] gatewayPorts = {0, 0};
        Path readyFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--node-dir" -> nodeDir = Path.of(value(args, ++i, "--node-dir"));
                case "--prefix" -> prefix = value(args, ++i, "--prefix");
                case "--without" -> components.removeAll(Component.parse(value(args, ++i, "--without")));
                case "--integration" -> integration = URI.create(value(args, ++i, "--integration"));
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                case "--opensearch-home" -> openSearchHome = Path.of(value(args, ++i, "--opensearch-home"));
                case "--backend" ->
                    backend = com.mangaassist.localaws.junit.AwsBackend.parse(value(args, ++i, "--backend"));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (nodeDir == null) {
            throw new IllegalArgumentException("--node-dir is required");
        }
        LocalAwsStack stack = LocalAwsStack.start(
                components,
                nodeDir,
                prefix,
                integration,
                new LocalAwsStack.Options(
                        openSearchHome, backend, awsEndpoint, issuerPort, gatewayPorts[0], gatewayPorts[1]));
        ControlServer control = new ControlServer(stack);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            control.close();
                            stack.close();
                            stopped.countDown();
                        },
                        "local-aws-shutdown"));
        var endpoints = new java.util.LinkedHashMap<>(stack.endpoints());
        endpoints.put("control", control.endpoint().toString());
        String readyLine = new LocalAwsEndpoints(endpoints).toReadyLine();
        if (readyFile != null) {
            java.nio.file.Files.writeString(readyFile, readyLine + System.lineSeparator());
        }
        System.out.println(readyLine);
        System.out.flush();
        if (exitOnStdinEof) {
            awaitEof(System.in);
            log.info("parent went away; stopping the local stack");
            System.exit(0);
        }
        stopped.await();
    }

    private static void awaitEof(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // the parent never writes; we only wait for end-of-file
        }
    }

    static int[] ports(String pair) {
        String[] parts = pair.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("--gateway-ports needs WEBSOCKET,MANAGEMENT, was " + pair);
        }
        return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }
}
