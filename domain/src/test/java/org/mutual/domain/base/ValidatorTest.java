package org.mutual.domain.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void half_a_surrogate_pair_is_refused_like_a_control_character_but_whole_pairs_are_text() {
        for (String broken : new String[] {"a\uD83Db", "a\uDE00b", "\uDE00\uD83D", "end\uD83D"}) {
            Validator v = new Validator();
            v.requiredText(broken, "name", 100);
            assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.byField().get("name").messageKey()).isEqualTo("validation.control-characters"));
        }
        Validator v = new Validator();
        assertThat(v.requiredText("\uD83D\uDC68\u200D\uD83D\uDC69 \u202eRTL", "name", 100))
                .isEqualTo("\uD83D\uDC68\u200D\uD83D\uDC69 \u202eRTL");
        v.throwIfInvalid();
    }

    @Test
    void dates_outside_the_years_a_form_takes_are_refused_with_the_range() {
        for (LocalDate wild : new LocalDate[] {LocalDate.MIN, LocalDate.of(0, 1, 1), LocalDate.of(1899, 12, 31),
                LocalDate.of(3000, 1, 1), LocalDate.MAX}) {
            assertThatThrownBy(() -> Validator.requireDateInRange(wild, "due"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.byField().get("due").messageKey()).isEqualTo("validation.date-range");
                        assertThat(e.byField().get("due").args())
                                .containsExactly(Validator.EARLIEST_DATE, Validator.LATEST_DATE);
                    });
        }
        Validator.requireDateInRange(LocalDate.of(1900, 1, 1), "due");
        Validator.requireDateInRange(LocalDate.of(2999, 12, 31), "due");
        Validator.requireDateInRange(null, "due");
    }
}
