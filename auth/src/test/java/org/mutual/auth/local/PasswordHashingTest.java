package org.mutual.auth.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The encoder the login verifies with, and the domain's hashing port on top of it. */
class PasswordHashingTest {

    final PasswordEncoder encoder = new PasswordConfig().passwordEncoder();
    final EncoderPasswordHasher hasher = new EncoderPasswordHasher(encoder);

    @Test
    void a_new_hash_is_salted_bcrypt_over_sha256_and_verifies() {
        String hash = hasher.hash("a long enough password");

        assertThat(hash).startsWith("{bcrypt-sha256}$2a$10$").doesNotContain("a long enough password");
        assertThat(hasher.hash("a long enough password")).isNotEqualTo(hash);
        assertThat(encoder.matches("a long enough password", hash)).isTrue();
        assertThat(encoder.matches("a long enough passwore", hash)).isFalse();
    }

    @Test
    void passwords_of_128_characters_hash_and_every_character_counts() {
        // BCrypt alone refuses input over 72 bytes; these two differ only after byte 100.
        String longest = "w".repeat(100) + "x".repeat(28);
        String other = "w".repeat(100) + "y".repeat(28);

        String hash = hasher.hash(longest);

        assertThat(encoder.matches(longest, hash)).isTrue();
        assertThat(encoder.matches(other, hash)).isFalse();
        String multibyte = "\u00e4".repeat(128);
        assertThat(encoder.matches(multibyte, hasher.hash(multibyte))).isTrue();
    }

    @Test
    void hashes_stored_before_as_plain_bcrypt_still_verify() {
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("mutual-demo");

        assertThat(encoder.matches("mutual-demo", old)).isTrue();
        assertThat(encoder.matches("wrong", old)).isFalse();
    }

    @Test
    void plain_text_hashes_are_refused() {
        assertThatThrownBy(() -> encoder.matches("secret", "{noop}secret"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
