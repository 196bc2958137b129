package com.mangaassist.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** Helpers shared by the stand-ins' integration tests. */
public final class StandInTesting {

    private StandInTesting() {}

    /** An unmodified AWS SDK client, built by {@code builder}, talking to the stand-in at {@code endpoint}. */
    public static <C, B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>> C sdkClient(
            B builder, URI endpoint) {
        return builder.endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A fresh resource-name prefix, so that tests sharing a stand-in do not see each other's resources. */
    public static String randomPrefix() {
        byte[] bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "t" + HexFormat.of().formatHex(bytes);
    }

    /** Whether something accepts TCP connections at the endpoint's host and port. */
    public static boolean accepts(URI endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** Closes a started stand-in and asserts that its port is free and that closing it again is harmless. */
    public static void assertCloseStopsIt(StandIn standIn) {
        assertCloseStopsIt(standIn, List.of());
    }

    /**
     * Closes a started stand-in and asserts that none of {@code processes} is still alive, that its port is free and
     * that closing it again is harmless.
     */
    public static void assertCloseStopsIt(StandIn standIn, List<ProcessHandle> processes) {
        URI endpoint = standIn.endpoint();

        standIn.close();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(accepts(endpoint)).isFalse();
        standIn.close();
    }
}
