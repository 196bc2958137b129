package com.mangaassist.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimConverterTest {

    private final RolesClaimConverter converter = new RolesClaimConverter();

    @Test
    void knownRolesBecomeRoleAuthoritiesAndUnknownOnesGrantNothing() {
        Jwt jwt = jwt(List.of("senior-reviewer", "customer", "admin"));

        var authorities = converter.convert(jwt).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();

        assertThat(authorities).containsExactlyInAnyOrder("ROLE_SENIOR_REVIEWER", "ROLE_CUSTOMER");
    }

    @Test
    void tokenWithoutRolesClaimHasNoAuthorities() {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("u-1")
                .issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60))
                .build();

        assertThat(converter.convert(jwt).getAuthorities()).isEmpty();
        assertThat(converter.convert(jwt).getName()).isEqualTo("u-1");
    }

    private static Jwt jwt(List<String> roles) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("u-1")
                .claim("roles", roles)
                .issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60))
                .build();
    }
}
