package com.mangaassist.console.api;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One call to a service's public API on behalf of the signed-in user.
 *
 * @param path the API path with its query, always under {@code /api/}
 * @param body the request body, empty for GET
 */
public record ServiceCall(
        Upstream upstream,
        Method method,
        String path,
        byte[] body,
        Optional<String> contentType,
        Optional<String> idempotencyKey,
        String token) {

    /** Public API paths only: {@code /api/…}, no dot segments, printable ASCII. */
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
        if (idempotencyKey.isPresent()
                && !IDEMPOTENCY_KEY.matcher(idempotencyKey.get()).matches()) {
            throw new IllegalArgumentException("Idempotency-Key must be 1-128 of [A-Za-z0-9._:-]");
        }
    }

    public static boolean isApiPath(String path) {
        return path != null
                && API_PATH.matcher(path).matches()
                && !path.contains("/../")
                && !path.contains("/./")
                && !path.endsWith("/..")
                && !path.toLowerCase(java.util.Locale.ROOT).contains("%2e");
    }

    @Override
    public String toString() {
        return "ServiceCall[" + method + " " + upstream.pathName() + " " + path + "]";
    }
}
