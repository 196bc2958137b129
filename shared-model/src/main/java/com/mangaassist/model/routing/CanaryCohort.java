package com.mangaassist.model.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Who is in a canary: a deterministic cohort of sessions. A session's bucket is the first four bytes of
 * SHA-256 of {@code <salt>#<sessionId>} (UTF-8) as an unsigned number, modulo {@value #BUCKETS}; the
 * session is in a canary of {@code percent} when its bucket is below {@code percent × 100}. The salt is
 * the canary's change-request id, so every canary exposes a different slice of customers, and one
 * session stays in or out of a given canary for all its turns. The orchestrator decides with this, the
 * threshold service explains with it: both must agree, hence one definition.
 */
public final class CanaryCohort {

    /** Buckets per cohort computation: a percent has two decimals of resolution. */
    public static final int BUCKETS = 10_000;

    private CanaryCohort() {}

    /** The bucket of {@code sessionId} under {@code salt}, in [0, {@value #BUCKETS}). */
    public static int bucket(String salt, String sessionId) {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(sessionId, "sessionId");
        byte[] digest = sha256().digest((salt + "#" + sessionId).getBytes(StandardCharsets.UTF_8));
        long value = ((digest[0] & 0xFFL) << 24)
                | ((digest[1] & 0xFFL) << 16)
                | ((digest[2] & 0xFFL) << 8)
                | (digest[3] & 0xFFL);
        return (int) (value % BUCKETS);
    }

    /** True when {@code sessionId} is in the canary salted {@code salt} that covers {@code percent} %. */
    public static boolean contains(String salt, String sessionId, double percent) {
        if (!(percent >= 0.0 && percent <= 100.0)) {
            throw new IllegalArgumentException("percent must be in [0, 100]: " + percent);
        }
        return bucket(salt, sessionId) < Math.round(percent * (BUCKETS / 100.0));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform must provide SHA-256 (java.security.MessageDigest's contract)
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }
}
