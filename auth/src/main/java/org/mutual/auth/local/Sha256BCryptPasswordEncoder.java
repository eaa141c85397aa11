package org.mutual.auth.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * BCrypt over the SHA-256 of the password (Base64, 44 characters). BCrypt reads at most 72 bytes and
 * Spring Security refuses longer input, while Mutual allows passwords of up to 128 characters; the
 * digest keeps every character significant and always fits.
 */
final class Sha256BCryptPasswordEncoder extends AbstractValidatingPasswordEncoder {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    protected String encodeNonNullPassword(String rawPassword) {
        return bcrypt.encode(digest(rawPassword));
    }

    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        return bcrypt.matches(digest(rawPassword), encodedPassword);
    }

    @Override
    protected boolean upgradeEncodingNonNull(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private static String digest(String rawPassword) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(rawPassword.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
