package com.mangaassist.delivery.promise.adapter.out.gateway;

import com.mangaassist.delivery.promise.domain.CustomerConnections;
import com.mangaassist.delivery.promise.domain.DeliveryFailedException;
import com.mangaassist.delivery.promise.domain.PostOutcome;
import com.mangaassist.model.chat.DelayedResponse;
import com.mangaassist.model.chat.HandoffNotice;
import com.mangaassist.model.chat.Heartbeat;
import com.mangaassist.model.chat.ReviewedResponse;
import com.mangaassist.model.chat.ServerMessage;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PostToConnection} / {@code GetConnection}. {@code GoneException} is an outcome; every other
 * failure is a {@link DeliveryFailedException} with its kind (the SDK's message, never the payload).
 */
public final class ApiGatewayCustomerConnections implements CustomerConnections {

    private final ApiGatewayManagementApiClient client;
    private final JsonMapper json;

    public ApiGatewayCustomerConnections(ApiGatewayManagementApiClient client, JsonMapper json) {
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
            throw new DeliveryFailedException(
                    SdkFailures.classify(e), messageId(message), "post to connection failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isConnected(String connectionId) {
        try {
            client.getConnection(b -> b.connectionId(connectionId));
            return true;
        } catch (GoneException gone) {
            return false;
        } catch (SdkException e) {
            throw new DeliveryFailedException(
                    SdkFailures.classify(e), null, "get connection failed: " + e.getMessage(), e);
        }
    }

    static String messageId(ServerMessage message) {
        if (message instanceof ReviewedResponse) {
            return ((ReviewedResponse) message).messageId();
        }
        if (message instanceof DelayedResponse) {
            return ((DelayedResponse) message).messageId();
        }
        if (message instanceof HandoffNotice) {
            return ((HandoffNotice) message).messageId();
        }
        if (message instanceof Heartbeat) {
            return ((Heartbeat) message).messageId();
        }
        return null;
    }
}
