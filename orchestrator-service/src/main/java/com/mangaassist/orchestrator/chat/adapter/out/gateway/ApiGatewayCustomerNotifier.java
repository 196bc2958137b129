package com.mangaassist.orchestrator.chat.adapter.out.gateway;

import com.mangaassist.model.chat.ServerMessage;
import com.mangaassist.orchestrator.chat.domain.CustomerNotifier;
import com.mangaassist.orchestrator.chat.domain.PostOutcome;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts JSON messages with {@code PostToConnection}. A gone connection is an outcome; every other
 * failure surfaces as {@link CustomerNotificationException}.
 */
public final class ApiGatewayCustomerNotifier implements CustomerNotifier {

    private final ApiGatewayManagementApiClient client;
    private final JsonMapper json;

    public ApiGatewayCustomerNotifier(ApiGatewayManagementApiClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    @Override
    public PostOutcome post(String connectionId, ServerMessage message) {
        byte[] body = json.writerFor(ServerMessage.class).writeValueAsBytes(message);
        try {
            client.postToConnection(b -> b.connectionId(connectionId).data(SdkBytes.fromByteArray(body)));
            return new PostOutcome.Posted();
        } catch (GoneException gone) {
            return new PostOutcome.Gone();
        } catch (SdkException e) {
            throw new CustomerNotificationException("post to connection failed", e);
        }
    }
}
