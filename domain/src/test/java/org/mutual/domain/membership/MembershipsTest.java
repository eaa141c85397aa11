package org.mutual.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

class MembershipsTest {

    static final GroupId GROUP = new GroupId(1);
    static final ClientId ANA = new ClientId(1);
    static final ClientId BEN = new ClientId(2);
    static final ClientId CAROL = new ClientId(3);
    static final ClientId DAN = new ClientId(4);

    final List<MembershipPeriod> periods = new ArrayList<>();

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    MembershipPeriod period(ClientId client, LocalDate joinedOn, LocalDate leftOn) {
        MembershipStatus status = leftOn == null ? MembershipStatus.ACTIVE : MembershipStatus.COMPLETED;
        MembershipPeriod period = new MembershipPeriod(new MembershipId(periods.size() + 1), GROUP, client, joinedOn,
                leftOn, status, null, Set.of(), 0);
        periods.add(period);
        return period;
    }

    Memberships capacity(int capacity) {
        return Memberships.of(GROUP, capacity, periods);
    }

    static NewMembership join(ClientId client, LocalDate joinedOn) {
        return NewMembership.of(GROUP, client, joinedOn, Set.of());
    }

    static void assertOverlap(Runnable admission) {
        assertThatThrownBy(admission::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("joinedOn").messageKey()).isEqualTo("membership.overlap"));
    }

    @Test
    void second_open_period_for_the_same_client_is_refused() {
        period(ANA, march(1), null);

        assertOverlap(() -> capacity(10).admit(join(ANA, march(20))));
        assertOverlap(() -> capacity(10).admit(join(ANA, march(1))));
    }

    @Test
    void joining_on_the_last_day_of_an_earlier_period_is_refused() {
        period(ANA, march(1), march(17));

        assertOverlap(() -> capacity(10).admit(join(ANA, march(17))));
        assertOverlap(() -> capacity(10).admit(join(ANA, march(5))));
    }

    @Test
    void joining_before_a_later_period_of_the_same_client_is_refused() {
        // The new period is open-ended, so it would run into the planned one.
        period(ANA, march(20), march(31));

        assertOverlap(() -> capacity(10).admit(join(ANA, march(1))));
    }

    @Test
    void re_joining_the_day_after_leaving_is_allowed_and_keeps_the_history() {
        MembershipPeriod first = period(ANA, march(1), march(17));
        NewMembership again = join(ANA, march(18));

        assertThat(capacity(10).admit(again)).isSameAs(again);
        period(ANA, march(18), null);
        assertThat(capacity(10).historyOf(ANA)).hasSize(2).first().isEqualTo(first);
    }

    @Test
    void other_clients_periods_are_not_an_overlap() {
        period(BEN, march(1), null);

        assertThat(capacity(10).admit(join(ANA, march(1))).client()).isEqualTo(ANA);
    }

    @Test
    void full_group_refuses_a_new_member_with_the_day_and_the_capacity() {
        period(ANA, march(1), null);
        period(BEN, march(2), null);

        assertThatThrownBy(() -> capacity(2).admit(join(CAROL, march(10))))
                .isInstanceOfSatisfying(GroupFullException.class, e -> {
                    assertThat(e.fullOn()).isEqualTo(march(10));
                    assertThat(e.capacity()).isEqualTo(2);
                    assertThat(e.group()).isEqualTo(GROUP);
                });
    }

    @Test
    void group_full_on_a_future_day_refuses_a_member_even_though_there_is_room_today() {
        period(ANA, march(1), null);
        period(BEN, march(20), null);
        Memberships twoPlaces = capacity(2);
        assertThat(twoPlaces.activeCountAt(march(10))).isEqualTo(1);

        assertThatThrownBy(() -> twoPlaces.admit(join(CAROL, march(10))))
                .isInstanceOfSatisfying(GroupFullException.class, e -> assertThat(e.fullOn()).isEqualTo(march(20)));
    }

    @Test
    void a_place_freed_before_a_later_join_lets_the_member_in() {
        period(ANA, march(1), march(19));
        period(BEN, march(5), null);
        period(CAROL, march(20), null);

        // Ana's last day is the 19th, so the 20th still has one free place of three.
        assertThat(capacity(3).admit(join(DAN, march(10))).client()).isEqualTo(DAN);
    }

    @Test
    void a_member_on_their_last_day_still_holds_their_place() {
        period(ANA, march(1), march(20));
        period(BEN, march(1), null);

        assertThatThrownBy(() -> capacity(2).admit(join(CAROL, march(20))))
                .isInstanceOfSatisfying(GroupFullException.class, e -> assertThat(e.fullOn()).isEqualTo(march(20)));
        assertThat(capacity(2).admit(join(CAROL, march(21))).joinedOn()).isEqualTo(march(21));
    }

    @Test
    void the_earliest_full_day_is_reported() {
        period(ANA, march(1), null);
        period(BEN, march(15), null);
        period(CAROL, march(25), null);

        assertThatThrownBy(() -> capacity(2).admit(join(DAN, march(10))))
                .isInstanceOfSatisfying(GroupFullException.class, e -> assertThat(e.fullOn()).isEqualTo(march(15)));
    }

    @Test
    void members_on_hold_keep_their_place() {
        period(ANA, march(1), null);
        periods.set(0, periods.getFirst().hold());

        assertThatThrownBy(() -> capacity(1).admit(join(BEN, march(10)))).isInstanceOf(GroupFullException.class);
    }

    @Test
    void overlap_is_reported_before_capacity() {
        period(ANA, march(1), null);

        assertOverlap(() -> capacity(1).admit(join(ANA, march(10))));
    }

    @Test
    void roster_follows_joins_leaves_and_re_joins() {
        period(ANA, march(1), null);
        period(BEN, march(10), march(17));
        period(BEN, march(31), null);
        Memberships group = capacity(10);

        assertThat(group.rosterAt(march(9))).extracting(MembershipPeriod::client).containsExactly(ANA);
        assertThat(group.rosterAt(march(10))).extracting(MembershipPeriod::client).containsExactly(ANA, BEN);
        assertThat(group.rosterAt(march(17))).extracting(MembershipPeriod::client).containsExactly(ANA, BEN);
        assertThat(group.rosterAt(march(24))).extracting(MembershipPeriod::client).containsExactly(ANA);
        assertThat(group.rosterAt(march(31))).extracting(MembershipPeriod::joinedOn)
                .containsExactly(march(1), march(31));
    }

    @Test
    void roster_is_ordered_by_client_and_active_count_matches_it() {
        period(CAROL, march(1), null);
        period(ANA, march(3), null);
        period(BEN, march(2), march(4));
        Memberships group = capacity(10);

        assertThat(group.rosterAt(march(4))).extracting(MembershipPeriod::client).containsExactly(ANA, BEN, CAROL);
        assertThat(group.activeCountAt(march(4))).isEqualTo(3);
        assertThat(group.activeCountAt(march(5))).isEqualTo(2);
        assertThat(group.activeCountAt(march(1).minusDays(1))).isZero();
    }

    @Test
    void periods_of_another_group_are_a_programming_error() {
        MembershipPeriod elsewhere = new MembershipPeriod(new MembershipId(9), new GroupId(2), ANA, march(1), null,
                MembershipStatus.ACTIVE, null, Set.of(), 0);

        assertThatThrownBy(() -> Memberships.of(GROUP, 8, List.of(elsewhere)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void new_membership_needs_a_client_and_a_join_date() {
        assertThatThrownBy(() -> NewMembership.of(GROUP, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("client", "joinedOn"));
    }
}
