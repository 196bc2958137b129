package com.mangaassist.console.api.application;

import com.mangaassist.console.api.domain.ServiceCall;
import com.mangaassist.console.api.domain.ServiceResponse;
import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.signin.domain.ConsoleUser;
import java.time.Clock;
import java.util.Optional;

/**
 * A page's call to a service on behalf of the signed-in user. The console refuses only what must never reach a
 * service (an expired sign-in, an unknown service, a path outside {@code /api/}, a body over the limit); everything
 * else is the service's to decide.
 */
public final class ServiceCalls {

    private final ServiceApi services;
    private final Clock clock;
    private final int maxRequestBytes;

    public ServiceCalls(ServiceApi services, Clock clock, int maxRequestBytes) {
        this.services = services;
        this.clock = clock;
        this.maxRequestBytes = maxRequestBytes;
    }

    /** What a call came to. */
    public sealed interface Outcome permits Answered, Refused, Unavailable {}

    /** The service answered (any status): passed to the page as it is. */
    public record Answered(ServiceResponse response) implements Outcome {}

    /** The console refused before calling: {@code code} is the problem's code. */
    public record Refused(int status, String code, String detail) implements Outcome {}

    /** The service did not answer in time. */
    public record Unavailable(Upstream upstream) implements Outcome {}

    /** A request body may be at most this long; longer ones are {@code REQUEST_TOO_LARGE}. */
    public int maxRequestBytes() {
        return maxRequestBytes;
    }

    public Outcome call(
            ConsoleUser user,
            String service,
            ServiceCall.Method method,
            String path,
            byte[] body,
            Optional<String> contentType,
            Optional<String> idempotencyKey) {
        if (user.expiredAt(clock.instant())) {
            return new Refused(401, "SESSION_EXPIRED", "Your sign-in has expired; sign in again.");
        }
        Optional<Upstream> upstream = Upstream.fromPath(service);
        if (upstream.isEmpty()) {
            return new Refused(404, "UNKNOWN_SERVICE", "No service is called " + service + ".");
        }
        if (body.length > maxRequestBytes) {
            return new Refused(413, "REQUEST_TOO_LARGE", "The request body is over " + maxRequestBytes + " bytes.");
        }
        if (!ServiceCall.isApiPath(path)) {
            return new Refused(400, "INVALID_API_PATH", "Only the services' public /api/ paths can be called.");
        }
        if (idempotencyKey.isPresent() && !ServiceCall.isIdempotencyKey(idempotencyKey.get())) {
            return new Refused(400, "INVALID_IDEMPOTENCY_KEY", "Idempotency-Key: 1-128 of A-Z a-z 0-9 . _ : -");
        }
        ServiceCall call =
                new ServiceCall(upstream.get(), method, path, body, contentType, idempotencyKey, user.token());
        try {
            return new Answered(services.call(call));
        } catch (ServiceApi.UnavailableException e) {
            return new Unavailable(upstream.get());
        }
    }
}
