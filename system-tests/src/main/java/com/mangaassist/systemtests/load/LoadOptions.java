package com.mangaassist.systemtests.load;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The harness's command line: the schedule (target rate, connections, warm-up, measured duration),
 * how long a turn may wait for its reply, how often a reply's record is sampled, and either nothing
 * (start the suite here) or the endpoints of a suite that is already running.
 */
record LoadOptions(
        double rate,
        int connections,
        Duration warmup,
        Duration duration,
        Duration turnTimeout,
        int sampleEvery,
        Optional<Attach> attach) {

    static final String USAGE = "usage: ChatLoadHarness [--rate TURNS_PER_S] [--connections N] [--duration S]"
            + " [--warmup S] [--turn-timeout S] [--sample-every N]"
            + " [--attach WS_URL ISSUER_URL [--dynamodb URL] [--prefix PREFIX]]";

    /** A suite started elsewhere: where to chat, where to get tokens, and where its turns are recorded. */
    record Attach(URI gatewayWebSocket, URI issuer, Optional<URI> dynamoDb, String prefix) {}

    LoadOptions {
        if (!(rate > 0 && rate <= 10_000)) {
            throw new IllegalArgumentException("--rate must be in (0, 10000]: " + rate);
        }
        if (connections < 1 || connections > 10_000) {
            throw new IllegalArgumentException("--connections must be in [1, 10000]: " + connections);
        }
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("--warmup must not be negative");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--duration must be positive");
        }
        if (turnTimeout.isNegative() || turnTimeout.isZero()) {
            throw new IllegalArgumentException("--turn-timeout must be positive");
        }
        if (sampleEvery < 1) {
            throw new IllegalArgumentException("--sample-every must be at least 1");
        }
    }

    /** The interval between two intended sends. */
    long periodNanos() {
        return Math.round(1_000_000_000d / rate);
    }

    long warmupTurns() {
        return Math.round(warmup.toNanos() / 1e9 * rate);
    }

    long measuredTurns() {
        return Math.round(duration.toNanos() / 1e9 * rate);
    }

    static LoadOptions parse(String[] args) {
        double rate = 50;
        int connections = 20;
        Duration warmup = Duration.ofSeconds(10);
        Duration duration = Duration.ofSeconds(60);
        Duration turnTimeout = Duration.ofSeconds(30);
        int sampleEvery = 10;
        URI gateway = null;
        URI issuer = null;
        URI dynamoDb = null;
        String prefix = "local";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rate" -> rate = number(value(args, ++i, "--rate"), "--rate");
                case "--connections" -> connections = (int) whole(value(args, ++i, "--connections"), "--connections");
                case "--duration" -> duration = seconds(value(args, ++i, "--duration"), "--duration");
                case "--warmup" -> warmup = seconds(value(args, ++i, "--warmup"), "--warmup");
                case "--turn-timeout" -> turnTimeout = seconds(value(args, ++i, "--turn-timeout"), "--turn-timeout");
                case "--sample-every" ->
                    sampleEvery = (int) whole(value(args, ++i, "--sample-every"), "--sample-every");
                case "--attach" -> {
                    gateway = uri(value(args, ++i, "--attach"), "--attach WS_URL", "ws");
                    issuer = uri(value(args, ++i, "--attach"), "--attach ISSUER_URL", "http");
                }
                case "--dynamodb" -> dynamoDb = uri(value(args, ++i, "--dynamodb"), "--dynamodb", "http");
                case "--prefix" -> prefix = value(args, ++i, "--prefix");
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (gateway == null && dynamoDb != null) {
            throw new IllegalArgumentException("--dynamodb is only for --attach: a suite started here is known");
        }
        Optional<Attach> attach = gateway == null
                ? Optional.empty()
                : Optional.of(new Attach(gateway, issuer, Optional.ofNullable(dynamoDb), prefix));
        return new LoadOptions(rate, connections, warmup, duration, turnTimeout, sampleEvery, attach);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static double number(String text, String name) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number: " + text, e);
        }
    }

    private static long whole(String text, String name) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + text, e);
        }
    }

    private static Duration seconds(String text, String name) {
        return Duration.ofMillis(Math.round(number(text, name) * 1000));
    }

    private static URI uri(String text, String name, String schemePrefix) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + text, e);
        }
        if (uri.getScheme() == null || !uri.getScheme().startsWith(schemePrefix) || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " must be a " + schemePrefix + "(s):// URL: " + text);
        }
        return uri;
    }
}
