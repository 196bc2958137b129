package com.mangaassist.console.signin.adapter.in.web;

import com.mangaassist.console.signin.application.TokenVerifier;
import com.mangaassist.console.signin.domain.ConsoleUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After Cognito's hosted sign-in (aws profile): the access token Cognito issued is verified like any other and becomes
 * the session's user, so the console calls the services with exactly the token they accept.
 */
public final class CognitoSignInSuccess implements AuthenticationSuccessHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CognitoSignInSuccess.class);

    private final OAuth2AuthorizedClientRepository clients;
    private final TokenVerifier verifier;
    private final SessionSignIn sessions = new SessionSignIn();

    public CognitoSignInSuccess(OAuth2AuthorizedClientRepository clients, TokenVerifier verifier) {
        this.clients = clients;
        this.verifier = verifier;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OAuth2AuthenticationToken oauth = (OAuth2AuthenticationToken) authentication;
        OAuth2AuthorizedClient client =
                clients.loadAuthorizedClient(oauth.getAuthorizedClientRegistrationId(), oauth, request);
        if (client == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        ConsoleUser user;
        try {
            user = verifier.verify(client.getAccessToken().getTokenValue());
        } catch (TokenVerifier.InvalidTokenException e) {
            LOG.warn("Cognito sign-in refused: {}", e.getMessage());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        sessions.signIn(user, request, response);
        LOG.info("{} signed in through Cognito with roles {}", user.subject(), user.roles());
        response.sendRedirect(request.getContextPath() + "/");
    }
}
