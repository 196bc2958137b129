package com.mangaassist.console.signin.application;

import com.mangaassist.console.signin.domain.ConsoleUser;

/** Checks a token's signature, issuer and lifetime, and reads who it names. */
public interface TokenVerifier {

    /** The user the token names; {@link InvalidTokenException} when it is forged, expired or malformed. */
    ConsoleUser verify(String token);

    /** A token the console does not accept. */
    final class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
