package org.mutual.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GiveAndTakeTest {

    @Test
    void balance_is_the_smaller_turn_count_over_the_larger() {
        assertThat(GiveAndTake.balance(4, 8)).isEqualTo(0.5);
        assertThat(GiveAndTake.balance(8, 4)).isEqualTo(0.5);
        assertThat(GiveAndTake.balance(2, 3)).isCloseTo(0.6667, within(0.0001));
    }

    @Test
    void an_even_conversation_balances_at_one_and_a_monologue_at_zero() {
        assertThat(GiveAndTake.balance(6, 6)).isEqualTo(1.0);
        assertThat(GiveAndTake.balance(0, 9)).isEqualTo(0.0);
    }

    @Test
    void a_conversation_that_has_not_started_has_a_balance_of_zero() {
        assertThat(GiveAndTake.balance(0, 0)).isEqualTo(0.0);
    }

    @Test
    void negative_turns_are_a_programming_error() {
        assertThatThrownBy(() -> GiveAndTake.balance(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
