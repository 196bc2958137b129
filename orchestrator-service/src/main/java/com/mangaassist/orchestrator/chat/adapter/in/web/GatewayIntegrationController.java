package com.mangaassist.orchestrator.chat.adapter.in.web;

import com.mangaassist.common.web.Problems;
import com.mangaassist.orchestrator.chat.application.ConnectCustomer;
import com.mangaassist.orchestrator.chat.application.ConnectCustomerCommand;
import com.mangaassist.orchestrator.chat.application.DisconnectCustomer;
import com.mangaassist.orchestrator.chat.application.DisconnectCustomerCommand;
import com.mangaassist.orchestrator.chat.application.FrameOutcome;
import com.mangaassist.orchestrator.chat.application.HandleCustomerFrame;
import com.mangaassist.orchestrator.chat.application.HandleCustomerFrameCommand;
import com.mangaassist.orchestrator.chat.domain.RawFrame;
import io.swagger.v3.oas.annotations.Operation;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket routes as API Gateway's HTTP integration delivers them: the connection id and route
 * in headers, the customer's token as the bearer, the frame verbatim as the body. Replies go to the
 * connection through the management API, not in this response.
 */
@RestController
@RequestMapping("/internal/ws")
class GatewayIntegrationController {

    private static final Pattern CONNECTION_ID = Pattern.compile("[A-Za-z0-9+/=_-]{1,128}");
    private static final Logger log = LoggerFactory.getLogger(GatewayIntegrationController.class);

    private final ConnectCustomer connect;
    private final HandleCustomerFrame handleFrame;
    private final DisconnectCustomer disconnect;
    private final JsonMapper json;

    GatewayIntegrationController(
            ConnectCustomer connect, HandleCustomerFrame handleFrame, DisconnectCustomer disconnect, JsonMapper json) {
        this.connect = connect;
        this.handleFrame = handleFrame;
        this.disconnect = disconnect;
        this.json = json;
    }

    @Operation(summary = "$connect: opens a chat session for the customer's new connection")
    @PostMapping("/connect")
    ResponseEntity<?> connect(
            @RequestHeader("X-Connection-Id") String connectionId,
            @RequestHeader(value = "X-Source-Ip", required = false) String sourceIp,
            @AuthenticationPrincipal Jwt jwt) {
        if (!CONNECTION_ID.matcher(connectionId).matches()) {
            return badConnectionId();
        }
        var session = connect.connect(new ConnectCustomerCommand(connectionId, jwt.getSubject(), sourceIp));
        if (session.isEmpty()) {
            // another customer's connection id: 404 like every other object that is not the caller's
            return unknownConnection();
        }
        log.info("customer connected session_id={}", session.get().sessionId());
        return ResponseEntity.ok().build();
    }

    @Operation(summary = "sendMessage / $default: handles one client frame")
    @PostMapping("/message")
    ResponseEntity<?> message(
            @RequestHeader("X-Connection-Id") String connectionId,
            @RequestBody(required = false) byte[] body,
            @AuthenticationPrincipal Jwt jwt) {
        if (!CONNECTION_ID.matcher(connectionId).matches()) {
            return badConnectionId();
        }
        RawFrame frame = ClientFrames.decode(body, json);
        FrameOutcome outcome =
                handleFrame.handle(new HandleCustomerFrameCommand(connectionId, jwt.getSubject(), frame));
        if (outcome instanceof FrameOutcome.UnknownConnection) {
            return unknownConnection();
        }
        // a failed turn was answered with an error frame: the gateway gets 200 so it adds no frame of its own
        if (outcome instanceof FrameOutcome.Answered answered) {
            MDC.put("message_id", answered.messageId());
            MDC.put("session_id", answered.sessionId());
            log.info("turn answered delivered={}", answered.delivered());
            MDC.remove("message_id");
            MDC.remove("session_id");
        }
        return ResponseEntity.ok().build();
    }

    @Operation(summary = "$disconnect: closes the connection's session")
    @PostMapping("/disconnect")
    ResponseEntity<?> disconnect(
            @RequestHeader("X-Connection-Id") String connectionId, @AuthenticationPrincipal Jwt jwt) {
        if (!CONNECTION_ID.matcher(connectionId).matches()) {
            return badConnectionId();
        }
        disconnect.disconnect(new DisconnectCustomerCommand(connectionId, jwt.getSubject()));
        return ResponseEntity.ok().build();
    }

    private static ResponseEntity<ProblemDetail> unknownConnection() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "UNKNOWN_CONNECTION", "No such connection."));
    }

    private static ResponseEntity<ProblemDetail> badConnectionId() {
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_CONNECTION_ID", "Malformed connection id."));
    }
}
