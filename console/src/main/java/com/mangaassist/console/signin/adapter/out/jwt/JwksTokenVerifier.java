package com.mangaassist.console.signin.adapter.out.jwt;

import com.mangaassist.console.signin.application.TokenVerifier;
import com.mangaassist.console.signin.domain.ConsoleUser;
import com.mangaassist.model.security.Role;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Verifies RS256 tokens against the issuer's JWKS, as the services do; roles come from the {@code roles} claim. */
public final class JwksTokenVerifier implements TokenVerifier {

    private final JwtDecoder decoder;

    public JwksTokenVerifier(URI jwkSetUri, String issuer) {
        NimbusJwtDecoder nimbus =
                NimbusJwtDecoder.withJwkSetUri(jwkSetUri.toString()).build();
        nimbus.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        this.decoder = nimbus;
    }

    @Override
    public ConsoleUser verify(String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException e) {
            throw new InvalidTokenException("token refused: " + e.getMessage(), e);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Optional.ofNullable(jwt.getClaimAsStringList("roles")).orElse(List.of()).stream()
                .map(Role::fromClaim)
                .flatMap(Optional::stream)
                .forEach(roles::add);
        if (jwt.getSubject() == null || jwt.getExpiresAt() == null) {
            throw new InvalidTokenException("token refused: it names no subject or expiry", null);
        }
        return new ConsoleUser(jwt.getSubject(), roles, token, jwt.getExpiresAt());
    }
}
