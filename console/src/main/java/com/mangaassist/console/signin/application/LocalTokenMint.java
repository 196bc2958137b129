package com.mangaassist.console.signin.application;

import com.mangaassist.model.security.Role;
import java.time.Duration;
import java.util.Set;

/** The local stack's issuer, which mints a token for any user and roles (local only; Cognito signs people in in AWS). */
public interface LocalTokenMint {

    /** A token for {@code subject} with {@code roles}; {@link UnavailableException} when the issuer does not answer. */
    String mint(String subject, Set<Role> roles, Duration lifetime);

    /** The issuer could not be reached or refused. */
    final class UnavailableException extends RuntimeException {
        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
