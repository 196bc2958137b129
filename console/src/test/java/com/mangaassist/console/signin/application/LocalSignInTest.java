package com.mangaassist.console.signin.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.console.signin.domain.ConsoleUser;
import com.mangaassist.model.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalSignInTest {

    private final List<String> minted = new ArrayList<>();
    private boolean issuerDown;
    private final LocalTokenMint mint = (subject, roles, lifetime) -> {
        if (issuerDown) {
            throw new LocalTokenMint.UnavailableException("down", null);
        }
        minted.add(subject + roles + lifetime);
        return "jwt-of-" + subject;
    };
    private final TokenVerifier verifier = token -> {
        if (!token.startsWith("jwt-of-")) {
            throw new TokenVerifier.InvalidTokenException("forged", null);
        }
        return new ConsoleUser(token.substring(7), Set.of(Role.ONCALL), token, Instant.parse("2026-12-04T18:00:00Z"));
    };
    private final LocalSignIn signIn = new LocalSignIn(mint, verifier, Duration.ofHours(8));

    @Test
    void aUserIdAndRolesBecomeAVerifiedUserWithTheMintedToken() {
        LocalSignIn.Outcome outcome = signIn.signIn("oc-1", Set.of(Role.ONCALL));

        assertThat(outcome).isInstanceOf(LocalSignIn.SignedIn.class);
        assertThat(((LocalSignIn.SignedIn) outcome).user().token()).isEqualTo("jwt-of-oc-1");
        assertThat(minted).containsExactly("oc-1[ONCALL]PT8H");
    }

    @Test
    void badUserIdsAndNoRolesAreRefusedWithoutMinting() {
        assertThat(signIn.signIn("", Set.of(Role.ONCALL))).isEqualTo(new LocalSignIn.Refused(400, "signin.error.user"));
        assertThat(signIn.signIn("a b<script>", Set.of(Role.ONCALL)))
                .isEqualTo(new LocalSignIn.Refused(400, "signin.error.user"));
        assertThat(signIn.signIn("x".repeat(65), Set.of(Role.ONCALL)))
                .isEqualTo(new LocalSignIn.Refused(400, "signin.error.user"));
        assertThat(signIn.signIn("oc-1", Set.of())).isEqualTo(new LocalSignIn.Refused(400, "signin.error.roles"));
        assertThat(minted).isEmpty();
    }

    @Test
    void anIssuerThatDoesNotAnswerIsSaidPlainly() {
        issuerDown = true;
        assertThat(signIn.signIn("oc-1", Set.of(Role.ONCALL)))
                .isEqualTo(new LocalSignIn.Refused(502, "signin.error.issuer"));
    }
}
