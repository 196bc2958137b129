package com.mangaassist.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.dynamodb.DynaliteStandIn;
import com.mangaassist.model.resources.Resources;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The launch {@code docker-compose.yml} uses: an AWS that runs already (there LocalStack; here a dynalite of our
 * own, which the stack must not replace) is provisioned, and the issuer and the gateway listen on the fixed ports
 * the services were configured with.
 */
class ComposeLaunchIntegrationTest {

    @Test
    void anExternalAwsIsProvisionedAndTheIssuerAndGatewayListenOnTheirFixedPorts() throws Exception {
        int issuerPort = freePort();
        int webSocketPort = freePort();
        int managementPort = freePort();
        String prefix = StandInTesting.randomPrefix();
        try (DynaliteStandIn external = new DynaliteStandIn(Path.of("node"))) {
            external.start();
            try (LocalAwsStack stack = LocalAwsStack.start(
                            EnumSet.of(Component.DYNAMODB, Component.ISSUER, Component.GATEWAY),
                            Path.of("node"),
                            prefix,
                            URI.create("http://127.0.0.1:8081"),
                            new LocalAwsStack.Options(
                                    null, null, external.endpoint(), issuerPort, webSocketPort, managementPort));
                    DynamoDbClient dynamoDb = StandInTesting.sdkClient(DynamoDbClient.builder(), external.endpoint())) {

                assertThat(stack.endpoints())
                        .containsEntry("dynamodb", external.endpoint().toString())
                        .containsEntry("issuer", "http://127.0.0.1:" + issuerPort)
                        .containsEntry("gateway-websocket", "ws://127.0.0.1:" + webSocketPort + "/")
                        .containsEntry("gateway-management", "http://127.0.0.1:" + managementPort);
                assertThat(dynamoDb.listTables().tableNames())
                        .as("every table provisioned in the external DynamoDB")
                        .containsAll(Resources.tables().stream()
                                .map(t -> t.physicalName(prefix))
                                .toList());
                assertThat(StandInTesting.accepts(URI.create("http://127.0.0.1:" + issuerPort)))
                        .isTrue();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
