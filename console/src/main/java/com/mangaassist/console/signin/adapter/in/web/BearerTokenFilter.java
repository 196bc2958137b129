package com.mangaassist.console.signin.adapter.in.web;

import com.mangaassist.console.signin.application.TokenVerifier;
import com.mangaassist.console.signin.domain.ConsoleUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code Authorization: Bearer <JWT>} header, verified like the sign-in verifies
 * tokens (signature, issuer, lifetime), for the console's stateless API ({@code /api/oncall/**}): on-call tools call
 * it without a browser session. Nothing is stored in a session; a missing or bad token leaves the request
 * unauthenticated (the chain's entry point answers 401).
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final TokenVerifier verifier;

    public BearerTokenFilter(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            try {
                ConsoleUser user =
                        verifier.verify(header.substring(PREFIX.length()).strip());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new TokenAuthentication(user));
                SecurityContextHolder.setContext(context);
            } catch (TokenVerifier.InvalidTokenException invalid) {
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
