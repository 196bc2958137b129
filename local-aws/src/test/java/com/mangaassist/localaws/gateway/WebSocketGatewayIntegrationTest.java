package com.mangaassist.localaws.gateway;

import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.ApiGatewayManagementApiException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GetConnectionResponse;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PayloadTooLargeException;

class WebSocketGatewayIntegrationTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1LTEyMyJ9.c2lnbmF0dXJl";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeIntegration integration;
    private WebSocketGateway gateway;
    private ApiGatewayManagementApiClient management;

    @BeforeEach
    void start() throws Exception {
        integration = new FakeIntegration();
        gateway = new WebSocketGateway(integration.base());
        gateway.start();
        management = managementClient(gateway.endpoint());
    }

    @AfterEach
    void stop() {
        management.close();
        gateway.close();
        integration.close();
    }

    @Test
    void connectForwardsTheTokenAndAConnectionId() {
        connect();

        FakeIntegration.Received connect = integration.received("connect").get(0);
        assertThat(connect.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(connect.header("X-Route-Key")).isEqualTo("$connect");
        assertThat(connect.header("X-Connection-Id")).hasSize(16).endsWith("=");
        assertThat(connect.header("X-Request-Id")).isNotBlank();
        assertThat(connect.header("X-Source-Ip")).isEqualTo("127.0.0.1");
        assertThat(connect.header("User-Agent")).isEqualTo(TestClient.USER_AGENT);
        assertThat(gateway.connectionIds()).containsExactly(connect.header("X-Connection-Id"));
    }

    @Test
    void connectWithoutTokenSendsNoAuthorizationHeader() {
        TestClient.connect(gateway.webSocketUri(), null).join();

        assertThat(integration.received("connect").get(0).headers()).doesNotContainKey("Authorization");
    }

    @Test
    void connectIsRejectedWithTheStatusTheIntegrationAnswers() {
        integration.answerConnectWith(401);

        assertThat(refusalStatus()).isEqualTo(401);
        assertThat(gateway.connectionIds()).isEmpty();
    }

    @Test
    void connectIsRejectedWithForbiddenWhenTheIntegrationForbids() {
        integration.answerConnectWith(403);

        assertThat(refusalStatus()).isEqualTo(403);
    }

    @Test
    void connectIsRejectedWithBadGatewayWhileNoIntegrationIsSet() throws Exception {
        try (WebSocketGateway unwired = new WebSocketGateway()) {
            unwired.start();

            assertThatThrownBy(() ->
                            TestClient.connect(unwired.webSocketUri(), TOKEN).join())
                    .isInstanceOf(CompletionException.class)
                    .satisfies(e -> assertThat(handshakeStatus(e)).isEqualTo(502));

            unwired.setIntegrationBase(integration.base());
            TestClient.connect(unwired.webSocketUri(), TOKEN).join();
            assertThat(integration.received("connect")).hasSize(1);
        }
    }

    @Test
    void sendMessageFrameIsForwardedOnTheSendMessageRoute() {
        TestClient client = connect();
        String frame = "{\"action\":\"sendMessage\",\"clientMessageId\":\"c-1\",\"text\":\"ワンピースの最新巻は在庫ありますか？\"}";

        client.send(frame);

        await().atMost(WAIT).until(() -> integration.received("message").size() == 1);
        FakeIntegration.Received message = integration.received("message").get(0);
        assertThat(message.body()).isEqualTo(frame);
        assertThat(message.header("X-Route-Key")).isEqualTo("sendMessage");
        assertThat(message.header("Content-Type")).isEqualTo("application/json");
        assertThat(message.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(message.header("X-Connection-Id")).isEqualTo(connectionId());
    }

    @Test
    void otherFramesAreForwardedOnTheDefaultRoute() {
        TestClient client = connect();

        client.send("{\"action\":\"ping\"}");
        client.send("not json");

        await().atMost(WAIT).until(() -> integration.received("message").size() == 2);
        assertThat(integration.received("message"))
                .extracting(request -> request.header("X-Route-Key"))
                .containsExactly("$default", "$default");
    }

    @Test
    void framesOfOneConnectionAreForwardedInOrder() {
        TestClient client = connect();
        List<String> frames = IntStream.range(0, 20)
                .mapToObj(i -> "{\"action\":\"sendMessage\",\"text\":\"" + i + "\"}")
                .toList();

        frames.forEach(client::send);

        await().atMost(WAIT).until(() -> integration.received("message").size() == frames.size());
        assertThat(integration.received("message"))
                .extracting(FakeIntegration.Received::body)
                .containsExactlyElementsOf(frames);
    }

    @Test
    void failingIntegrationGivesTheClientAnInternalServerError() throws Exception {
        TestClient client = connect();
        integration.answerMessagesWith(500);

        client.send("{\"action\":\"sendMessage\",\"text\":\"hi\"}");

        await().atMost(WAIT).until(() -> client.messages.size() == 1);
        JsonNode error = JSON.readTree(client.messages.get(0));
        assertThat(error.path("message").asText()).isEqualTo("Internal server error");
        assertThat(error.path("connectionId").asText()).isEqualTo(connectionId());
        assertThat(error.path("requestId").asText())
                .isEqualTo(integration.received("message").get(0).header("X-Request-Id"));
    }

    @Test
    void postToConnectionReachesTheClient() {
        TestClient client = connect();
        String reply = "{\"type\":\"answer\",\"messageId\":\"m-1\",\"text\":\"在庫あります\"}";

        management.postToConnection(
                request -> request.connectionId(connectionId()).data(SdkBytes.fromUtf8String(reply)));

        await().atMost(WAIT).until(() -> client.messages.contains(reply));
    }

    @Test
    void postThroughAStagePrefixedEndpointReachesTheClient() {
        TestClient client = connect();

        try (ApiGatewayManagementApiClient staged = managementClient(URI.create(gateway.endpoint() + "/local"))) {
            staged.postToConnection(
                    request -> request.connectionId(connectionId()).data(SdkBytes.fromUtf8String("hello")));
        }

        await().atMost(WAIT).until(() -> client.messages.contains("hello"));
    }

    @Test
    void aDeniedAccessKeyGetsAccessDeniedOthersStillPostAndTheGrantComesBack() {
        TestClient client = connect();
        String connectionId = connectionId();
        gateway.denyPostToConnection(Set.of("local"));

        assertThatThrownBy(() -> management.postToConnection(
                        request -> request.connectionId(connectionId).data(SdkBytes.fromUtf8String("refused"))))
                .isInstanceOf(ApiGatewayManagementApiException.class)
                .satisfies(e -> {
                    ApiGatewayManagementApiException denied = (ApiGatewayManagementApiException) e;
                    assertThat(denied.statusCode()).isEqualTo(403);
                    assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                });
        try (ApiGatewayManagementApiClient other = ApiGatewayManagementApiClient.builder()
                .endpointOverride(gateway.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local-orchestrator", "x")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .build()) {
            other.postToConnection(
                    request -> request.connectionId(connectionId).data(SdkBytes.fromUtf8String("allowed")));
        }
        gateway.denyPostToConnection(Set.of());
        management.postToConnection(
                request -> request.connectionId(connectionId).data(SdkBytes.fromUtf8String("granted again")));

        await().atMost(WAIT).until(() -> client.messages.contains("granted again"));
        assertThat(client.messages).contains("allowed").doesNotContain("refused");
    }

    @Test
    void postToClosedConnectionRaisesGoneException() {
        TestClient client = connect();
        String connectionId = connectionId();

        client.close();

        await().atMost(WAIT).until(() -> integration.received("disconnect").size() == 1);
        FakeIntegration.Received disconnect = integration.received("disconnect").get(0);
        assertThat(disconnect.header("X-Connection-Id")).isEqualTo(connectionId);
        assertThat(disconnect.header("X-Route-Key")).isEqualTo("$disconnect");
        assertThat(disconnect.header("X-Disconnect-Status-Code")).isEqualTo("1000");
        assertThatThrownBy(() -> management.postToConnection(
                        request -> request.connectionId(connectionId).data(SdkBytes.fromUtf8String("late"))))
                .isInstanceOf(GoneException.class)
                .satisfies(e -> assertThat(((GoneException) e).statusCode()).isEqualTo(410));
    }

    @Test
    void postToUnknownConnectionRaisesGoneException() {
        assertThatThrownBy(() -> management.postToConnection(
                        request -> request.connectionId("AAAAAAAAAAAAAAA=").data(SdkBytes.fromUtf8String("x"))))
                .isInstanceOf(GoneException.class);
    }

    @Test
    void postLargerThan128KbRaisesPayloadTooLargeException() {
        TestClient client = connect();
        String tooLarge = "x".repeat(128 * 1024 + 1);

        assertThatThrownBy(() -> management.postToConnection(
                        request -> request.connectionId(connectionId()).data(SdkBytes.fromUtf8String(tooLarge))))
                .isInstanceOf(PayloadTooLargeException.class);

        String exactlyTheLimit = "y".repeat(128 * 1024);
        management.postToConnection(
                request -> request.connectionId(connectionId()).data(SdkBytes.fromUtf8String(exactlyTheLimit)));
        await().atMost(WAIT).until(() -> client.messages.contains(exactlyTheLimit));
    }

    @Test
    void getConnectionReturnsTheIdentity() {
        Instant before = Instant.now().minusSeconds(1);
        connect();

        GetConnectionResponse connection = management.getConnection(request -> request.connectionId(connectionId()));

        assertThat(connection.identity().sourceIp()).isEqualTo("127.0.0.1");
        assertThat(connection.identity().userAgent()).isEqualTo(TestClient.USER_AGENT);
        assertThat(connection.connectedAt()).isAfter(before).isBeforeOrEqualTo(Instant.now());
        assertThat(connection.lastActiveAt()).isAfterOrEqualTo(connection.connectedAt());
    }

    @Test
    void deleteConnectionClosesTheSocket() {
        TestClient client = connect();
        String connectionId = connectionId();

        management.deleteConnection(request -> request.connectionId(connectionId));

        await().atMost(WAIT).until(client.closedWith::isDone);
        await().atMost(WAIT).until(() -> integration.received("disconnect").size() == 1);
        assertThat(gateway.connectionIds()).isEmpty();
        assertThatThrownBy(() -> management.getConnection(request -> request.connectionId(connectionId)))
                .isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> management.deleteConnection(request -> request.connectionId(connectionId)))
                .isInstanceOf(GoneException.class);
    }

    @Test
    void frameLargerThan128KbGetsMessageTooLargeAndTheConnectionStaysUsable() throws Exception {
        TestClient client = connect();

        client.send("{\"action\":\"sendMessage\",\"text\":\"" + "あ".repeat(50_000) + "\"}");

        await().atMost(WAIT).until(() -> client.messages.size() == 1);
        JsonNode error = JSON.readTree(client.messages.get(0));
        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("code").asText()).isEqualTo("MESSAGE_TOO_LARGE");
        assertThat(error.has("clientMessageId")).isTrue();
        assertThat(error.get("clientMessageId").isNull()).isTrue();
        assertThat(integration.received("message")).isEmpty();

        client.send("{\"action\":\"sendMessage\",\"text\":\"small\"}");
        await().atMost(WAIT).until(() -> integration.received("message").size() == 1);
        assertThat(client.closedWith).isNotDone();
    }

    @Test
    void localConnectionsListsTheOpenConnections() throws Exception {
        connect();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(gateway.endpoint() + "/local/connections"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("connections").get(0).asText())
                .isEqualTo(connectionId());
    }

    private TestClient connect() {
        return TestClient.connect(gateway.webSocketUri(), TOKEN).join();
    }

    private String connectionId() {
        return integration.received("connect").get(0).header("X-Connection-Id");
    }

    private int refusalStatus() {
        try {
            TestClient.connect(gateway.webSocketUri(), TOKEN).join();
        } catch (CompletionException e) {
            return handshakeStatus(e);
        }
        throw new AssertionError("the upgrade was accepted");
    }

    private static int handshakeStatus(Throwable e) {
        assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
    }

    private static ApiGatewayManagementApiClient managementClient(URI endpoint) {
        return sdkClient(ApiGatewayManagementApiClient.builder(), endpoint);
    }
}
