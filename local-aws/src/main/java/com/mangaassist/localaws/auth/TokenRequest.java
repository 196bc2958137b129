package com.mangaassist.localaws.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a token is minted for, validated. {@code issuedAgo} back-dates {@code iat} (and so {@code exp}) for tests
 * that need an expired token: a token minted 2 h ago with a 1 h ttl expired an hour ago, beyond any clock skew.
 */
record TokenRequest(String sub, List<String> roles, Duration ttl, Optional<String> email, Duration issuedAgo) {

    static final Set<String> KNOWN_ROLES =
            Set.of("customer", "reviewer", "senior-reviewer", "ml-lead", "category-owner", "oncall");
    static final Duration DEFAULT_TTL = Duration.ofHours(1);
    static final Duration MAX_TTL = Duration.ofDays(1);

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@:-]{1,128}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");
    private static final Set<String> FIELDS = Set.of("sub", "roles", "ttlSeconds", "email", "issuedSecondsAgo");

    /** Thrown with a message fit to show the caller. */
    static final class InvalidTokenRequest extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidTokenRequest(String message) {
            super(message);
        }
    }

    TokenRequest {
        if (sub == null || !SUBJECT.matcher(sub).matches()) {
            throw new InvalidTokenRequest("sub must be 1 to 128 characters of A-Z a-z 0-9 . _ @ : -");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidTokenRequest("roles must be a non-empty array");
        }
        for (String role : roles) {
            if (!KNOWN_ROLES.contains(role)) {
                throw new InvalidTokenRequest("unknown role '" + role + "'; known roles are "
                        + KNOWN_ROLES.stream().sorted().toList());
            }
        }
        roles = List.copyOf(new LinkedHashSet<>(roles));
        if (ttl == null || ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(MAX_TTL) > 0) {
            throw new InvalidTokenRequest("ttlSeconds must be between 1 and " + MAX_TTL.toSeconds());
        }
        if (ttl.toNanos() % 1_000_000_000L != 0) {
            throw new InvalidTokenRequest("ttl must be whole seconds");
        }
        issuedAgo = issuedAgo == null ? Duration.ZERO : issuedAgo;
        if (issuedAgo.isNegative() || issuedAgo.compareTo(MAX_TTL.multipliedBy(2)) > 0) {
            throw new InvalidTokenRequest("issuedSecondsAgo must be between 0 and "
                    + MAX_TTL.multipliedBy(2).toSeconds());
        }
        email = email == null ? Optional.empty() : email;
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            throw new InvalidTokenRequest("email must be an address like name@example.com");
        }
    }

    /** Reads {@code {"sub", "roles", "ttlSeconds", "email", "issuedSecondsAgo"}}; any other field is refused. */
    static TokenRequest fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidTokenRequest("body must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidTokenRequest(
                        "unknown field '" + name + "'; allowed are sub, roles, ttlSeconds, email, issuedSecondsAgo");
            }
        }
        JsonNode sub = body.path("sub");
        if (!sub.isTextual()) {
            throw new InvalidTokenRequest("sub must be a string");
        }
        JsonNode rolesNode = body.path("roles");
        if (!rolesNode.isArray()) {
            throw new InvalidTokenRequest("roles must be a non-empty array");
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode role : rolesNode) {
            if (!role.isTextual()) {
                throw new InvalidTokenRequest("roles must hold strings");
            }
            roles.add(role.textValue());
        }
        Duration ttl = DEFAULT_TTL;
        JsonNode ttlNode = body.path("ttlSeconds");
        if (!ttlNode.isMissingNode() && !ttlNode.isNull()) {
            if (!ttlNode.canConvertToExactIntegral() || !ttlNode.canConvertToLong()) {
                throw new InvalidTokenRequest("ttlSeconds must be a whole number");
            }
            ttl = Duration.ofSeconds(ttlNode.asLong());
        }
        JsonNode emailNode = body.path("email");
        Optional<String> email = Optional.empty();
        if (!emailNode.isMissingNode() && !emailNode.isNull()) {
            if (!emailNode.isTextual()) {
                throw new InvalidTokenRequest("email must be a string");
            }
            email = Optional.of(emailNode.textValue());
        }
        Duration issuedAgo = Duration.ZERO;
        JsonNode agoNode = body.path("issuedSecondsAgo");
        if (!agoNode.isMissingNode() && !agoNode.isNull()) {
            if (!agoNode.canConvertToExactIntegral() || !agoNode.canConvertToLong()) {
                throw new InvalidTokenRequest("issuedSecondsAgo must be a whole number");
            }
            issuedAgo = Duration.ofSeconds(agoNode.asLong());
        }
        return new TokenRequest(sub.textValue(), roles, ttl, email, issuedAgo);
    }
}
