package org.mutual.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.client.ClientId;

class DisclosureTest {

    static final ClientId ANA = new ClientId(1);
    static final ClientId BEN = new ClientId(2);
    static final ClientId CAT = new ClientId(3);

    static Turn turn(int n, ClientId who, int depth) {
        return new Turn(n, who, depth);
    }

    @Test
    void a_turn_two_or_more_levels_away_from_the_turn_it_answers_is_a_mismatch() {
        List<Turn> turns = List.of(turn(1, ANA, 1), turn(2, BEN, 2), turn(3, ANA, 4), turn(4, BEN, 4),
                turn(5, CAT, 1));

        assertThat(Disclosure.mismatches(turns)).containsExactly(2, 4);
    }

    @Test
    void a_gap_of_one_level_is_a_match() {
        assertThat(Disclosure.mismatches(List.of(turn(1, ANA, 3), turn(2, BEN, 4), turn(3, ANA, 5)))).isEmpty();
    }

    @Test
    void a_members_own_consecutive_turns_are_compared_with_the_last_other_member_not_each_other() {
        // Ben goes from 1 to 5 on his own: not a mismatch by itself, but his 5 answers Ana's 2.
        List<Turn> turns = List.of(turn(1, ANA, 2), turn(2, BEN, 1), turn(3, BEN, 5));

        assertThat(Disclosure.mismatches(turns)).containsExactly(2);
        assertThat(Disclosure.mismatches(List.of(turn(1, ANA, 1), turn(2, ANA, 5)))).isEmpty();
    }

    @Test
    void no_turns_or_one_turn_have_no_mismatch() {
        assertThat(Disclosure.mismatches(List.of())).isEmpty();
        assertThat(Disclosure.mismatches(List.of(turn(1, ANA, 5)))).isEmpty();
    }
}
