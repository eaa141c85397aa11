package org.mutual.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;

class NewPasswordTest {

    @Test
    void twelve_characters_are_enough_and_eleven_are_not() {
        assertThat(NewPassword.of("abcdefghijkl", "abcdefghijkl").value()).isEqualTo("abcdefghijkl");

        assertThatThrownBy(() -> NewPassword.of("abcdefghijk", "abcdefghijk"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.byField()).containsOnlyKeys("password");
                    assertThat(e.byField().get("password").messageKey()).isEqualTo("validation.password-too-short");
                    assertThat(e.byField().get("password").args()).containsExactly(12);
                });
    }

    @Test
    void at_most_128_characters() {
        String longest = "correct horse battery staple ".repeat(5).substring(0, 128);
        assertThat(NewPassword.of(longest, longest).value()).hasSize(128);

        String tooLong = longest + "x";
        assertThatThrownBy(() -> NewPassword.of(tooLong, tooLong))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.byField().get("password").messageKey()).isEqualTo("validation.too-long");
                    assertThat(e.byField().get("password").args()).containsExactly(128);
                });
    }

    @Test
    void one_character_repeated_is_refused_however_long() {
        String same = "a".repeat(40);
        assertThatThrownBy(() -> NewPassword.of(same, same))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("password").messageKey()).isEqualTo("validation.password-one-character"));
        assertThat(NewPassword.of("a".repeat(39) + "b", "a".repeat(39) + "b")).isNotNull();
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        // Six emoji are twelve UTF-16 units but six characters: too short.
        String emoji = "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03\uD83D\uDE04\uD83D\uDE05";
        assertThatThrownBy(() -> NewPassword.of(emoji, emoji))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("password").messageKey()).isEqualTo("validation.password-too-short"));
        String twelve = emoji + emoji;
        assertThat(NewPassword.of(twelve, twelve).value()).isEqualTo(twelve);
    }

    @Test
    void spaces_are_kept_as_typed() {
        assertThat(NewPassword.of("  two words here  ", "  two words here  ").value()).isEqualTo("  two words here  ");
    }

    @Test
    void a_different_repetition_is_reported_on_the_repeat_field() {
        assertThatThrownBy(() -> NewPassword.of("long enough password", "long enough passwort"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.byField()).containsOnlyKeys("repeat");
                    assertThat(e.byField().get("repeat").messageKey()).isEqualTo("validation.password-mismatch");
                });
    }

    @Test
    void an_empty_password_is_required_and_control_characters_are_refused() {
        assertThatThrownBy(() -> NewPassword.of(null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("password").messageKey()).isEqualTo("validation.required"));
        assertThatThrownBy(() -> NewPassword.of("long enough\u0000password", "long enough\u0000password"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("password").messageKey()).isEqualTo("validation.control-characters"));
    }

    @Test
    void the_password_never_appears_in_its_text_form() {
        assertThat(NewPassword.of("long enough password", "long enough password").toString())
                .doesNotContain("long enough password");
    }
}
