package com.mangaassist.console.api.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One call to a service's public API on behalf of the signed-in user.
 *
 * @param path the API path with its query, always under {@code /api/}
 * @param body the request body, empty for GET
 * @param token the user's bearer token (left out of {@link #toString()})
 */
public record ServiceCall(
        Upstream upstream,
        Method method,
        String path,
        byte[] body,
        Optional<String> contentType,
        Optional<String> idempotencyKey,
        String token) {

    /** Public API paths only: {@code /api/…}, printable ASCII, no dot segments (also not percent-encoded ones). */
    private static final Pattern API_PATH = Pattern.compile("/api/[A-Za-z0-9/_.~%:@!$&'()*+,;=?-]{0,1024}");

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** The methods the public APIs use. */
    public enum Method {
        GET,
        POST
    }

    public ServiceCall {
        if (!isApiPath(path)) {
            throw new IllegalArgumentException("not a public API path");
        }
        if (idempotencyKey.isPresent() && !isIdempotencyKey(idempotencyKey.get())) {
            throw new IllegalArgumentException("Idempotency-Key must be 1-128 of [A-Za-z0-9._:-]");
        }
    }

    public static boolean isIdempotencyKey(String key) {
        return IDEMPOTENCY_KEY.matcher(key).matches();
    }

    public static boolean isApiPath(String path) {
        if (path == null || !API_PATH.matcher(path).matches()) {
            return false;
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String lower = pathOnly.toLowerCase(Locale.ROOT);
        return !lower.contains("%2e")
                && !lower.contains("%2f")
                && !lower.contains("%5c")
                && !pathOnly.contains("//")
                && !(pathOnly + "/").contains("/../")
                && !(pathOnly + "/").contains("/./");
    }

    @Override
    public String toString() {
        return "ServiceCall[" + method + " " + upstream.pathName() + " " + path + "]";
    }
}
