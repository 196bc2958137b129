package com.mangaassist.console.signin.application;

import com.mangaassist.console.signin.domain.ConsoleUser;
import com.mangaassist.model.security.Role;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/** The local sign-in: a user id and roles become a verified user with a token from the local issuer. */
public final class LocalSignIn {

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final LocalTokenMint mint;
    private final TokenVerifier verifier;
    private final Duration lifetime;

    public LocalSignIn(LocalTokenMint mint, TokenVerifier verifier, Duration lifetime) {
        this.mint = mint;
        this.verifier = verifier;
        this.lifetime = lifetime;
    }

    /** What a sign-in came to. */
    public sealed interface Outcome permits SignedIn, Refused {}

    /** A verified user, to be put into the session. */
    public record SignedIn(ConsoleUser user) implements Outcome {}

    /** No sign-in: {@code messageKey} says why (a label of the sign-in page), {@code status} the HTTP status. */
    public record Refused(int status, String messageKey) implements Outcome {}

    public Outcome signIn(String userId, Set<Role> roles) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            return new Refused(400, "signin.error.user");
        }
        if (roles.isEmpty()) {
            return new Refused(400, "signin.error.roles");
        }
        try {
            return new SignedIn(verifier.verify(mint.mint(userId, roles, lifetime)));
        } catch (LocalTokenMint.UnavailableException | TokenVerifier.InvalidTokenException e) {
            return new Refused(502, "signin.error.issuer");
        }
    }
}
