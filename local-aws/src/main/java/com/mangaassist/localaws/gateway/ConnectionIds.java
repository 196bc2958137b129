package com.mangaassist.localaws.gateway;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Connection ids shaped like API Gateway's: 16 characters of base64 ending in {@code =}. The URL-safe alphabet keeps
 * {@code /} and {@code +} out, so an id survives the SDK's path encoding unchanged.
 */
final class ConnectionIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = 11;

    private ConnectionIds() {}

    static String next() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
