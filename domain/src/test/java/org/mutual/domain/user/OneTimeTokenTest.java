package org.mutual.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The secret of a one-time link and the rules for when a stored link may be used. */
class OneTimeTokenTest {

    static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant EXPIRES = ISSUED.plusSeconds(72 * 3600);

    @Test
    void a_token_is_43_url_safe_characters_from_32_random_bytes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            OneTimeToken token = OneTimeToken.generate();
            assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
            assertThat(OneTimeToken.wellFormed(token.value())).isTrue();
            seen.add(token.value());
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void the_stored_hash_is_sha256_of_the_token_and_the_text_form_hides_the_token() {
        assertThat(OneTimeToken.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        OneTimeToken token = OneTimeToken.generate();
        assertThat(token.hash()).isEqualTo(OneTimeToken.hashOf(token.value())).hasSize(64);
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void malformed_text_is_not_a_token() {
        assertThat(OneTimeToken.wellFormed(null)).isFalse();
        assertThat(OneTimeToken.wellFormed("")).isFalse();
        assertThat(OneTimeToken.wellFormed("a".repeat(42))).isFalse();
        assertThat(OneTimeToken.wellFormed("a".repeat(44))).isFalse();
        assertThat(OneTimeToken.wellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(OneTimeToken.wellFormed("a".repeat(42) + "/")).isFalse();
    }

    @Test
    void an_unused_link_works_until_just_before_it_expires() {
        AccountToken token = new AccountToken(new AccountTokenId(1), new UserId(7), TokenPurpose.SET_PASSWORD,
                EXPIRES, null);

        assertThat(token.problemAt(ISSUED)).isEmpty();
        assertThat(token.problemAt(EXPIRES.minusMillis(1))).isEmpty();
        assertThat(token.problemAt(EXPIRES)).contains(TokenProblem.EXPIRED);
        assertThat(token.problemAt(EXPIRES.plusSeconds(3600))).contains(TokenProblem.EXPIRED);
    }

    @Test
    void a_used_link_stays_used_before_and_after_its_expiry() {
        AccountToken used = new AccountToken(new AccountTokenId(1), new UserId(7), TokenPurpose.SET_PASSWORD,
                EXPIRES, ISSUED.plusSeconds(60));

        assertThat(used.problemAt(ISSUED.plusSeconds(120))).contains(TokenProblem.USED);
        assertThat(used.problemAt(EXPIRES.plusSeconds(1))).contains(TokenProblem.USED);
    }
}
