package com.mangaassist.localaws.gateway;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which callers may post to connections: everyone, unless a game day took the permission away from some access
 * keys (each service of the local suite signs with its own key id, as each task role would have its own identity).
 */
final class PostPermissions {

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/");

    private volatile Set<String> denied = Set.of();

    void deny(Set<String> accessKeyIds) {
        denied = Set.copyOf(accessKeyIds);
    }

    Set<String> denied() {
        return denied;
    }

    boolean allowed(Optional<String> accessKey) {
        return accessKey.map(key -> !denied.contains(key)).orElse(true);
    }

    /** The access key id of a SigV4 {@code Authorization} header ({@code … Credential=AKID/date/region/…}). */
    static Optional<String> accessKeyOf(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher matcher = CREDENTIAL.matcher(authorization);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
