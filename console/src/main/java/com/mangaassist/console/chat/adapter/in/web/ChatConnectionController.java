package com.mangaassist.console.chat.adapter.in.web;

import com.mangaassist.console.chat.domain.ChatGateway;
import com.mangaassist.console.signin.adapter.in.web.TokenAuthentication;
import com.mangaassist.console.signin.domain.ConsoleUser;
import java.net.URI;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /console/chat/connection} (customers): what the chat page needs to open the real WebSocket, the gateway
 * URL and the customer's token, which the gateway takes as {@code ?token=} on connect (docs/API.md). A POST with the
 * CSRF token, answered {@code no-store}: the token never appears in a page, a console URL or a log line.
 */
@RestController
public class ChatConnectionController {

    private final URI gateway;

    public ChatConnectionController(ChatGateway gateway) {
        this.gateway = gateway.url();
    }

    @PostMapping("/console/chat/connection")
    public ResponseEntity<Map<String, String>> connection(TokenAuthentication authentication) {
        ConsoleUser user = authentication.user();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of(
                        "url", gateway.toString(),
                        "token", user.token(),
                        "subject", user.subject(),
                        "expiresAt", user.expiresAt().toString()));
    }
}
