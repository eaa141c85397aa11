package org.mutual.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressHashTest {

    @Test
    void the_same_address_and_salt_give_the_same_hash_and_the_address_is_not_in_it() {
        String hash = AddressHash.of("salt", "203.0.113.7");

        assertThat(AddressHash.of("salt", "203.0.113.7")).isEqualTo(hash).hasSize(64).doesNotContain("203");
        assertThat(AddressHash.of("other salt", "203.0.113.7")).isNotEqualTo(hash);
        assertThat(AddressHash.of("salt", "203.0.113.8")).isNotEqualTo(hash);
    }

    @Test
    void each_new_salt_is_different() {
        assertThat(AddressHash.newSalt()).hasSize(64).isNotEqualTo(AddressHash.newSalt());
    }
}
