package org.mutual.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A random secret for a one-time link: 32 random bytes, URL-safe Base64 without padding (43
 * characters). Only its SHA-256 {@link #hash()} is stored, so a copy of the database does not give
 * anyone a working link. {@link #toString()} never shows the value.
 */
public record OneTimeToken(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    public static OneTimeToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new OneTimeToken(value, hashOf(value));
    }

    /** The stored form of a token: SHA-256 of its text, lower-case hex (64 characters). */
    public static String hashOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether a text could be a token at all; anything else is rejected without a database look-up. */
    public static boolean wellFormed(String value) {
        return value != null && WELL_FORMED.matcher(value).matches();
    }

    @Override
    public String toString() {
        return "OneTimeToken[hash=" + hash + "]";
    }
}
