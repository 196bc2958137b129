package com.mangaassist.console.signin.domain;

import com.mangaassist.model.security.Role;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is signed in: the token's subject and roles, and the token itself, which stays in the server-side session and
 * goes only to the services (never into a page, a URL or a log line; {@link #toString()} leaves it out).
 */
public record ConsoleUser(String subject, Set<Role> roles, String token, Instant expiresAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConsoleUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** True once the token has expired: the services would answer 401. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "ConsoleUser[subject=" + subject + ", roles=" + roles + ", expiresAt=" + expiresAt + "]";
    }
}
