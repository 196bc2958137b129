package com.mangaassist.console.api.application;

import com.mangaassist.console.api.domain.ServiceCall;
import com.mangaassist.console.api.domain.ServiceResponse;
import com.mangaassist.console.api.domain.Upstream;

/** The services' public APIs over HTTP, called with the user's bearer token. */
public interface ServiceApi {

    /** The service's answer, whatever its status; {@link UnavailableException} when it cannot be reached in time. */
    ServiceResponse call(ServiceCall call);

    /** The service did not answer: down, unreachable or too slow. */
    final class UnavailableException extends RuntimeException {
        private final Upstream upstream;

        public UnavailableException(Upstream upstream, String message, Throwable cause) {
            super(message, cause);
            this.upstream = upstream;
        }

        public Upstream upstream() {
            return upstream;
        }
    }
}
