package org.mutual.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

class MembershipPeriodTest {

    static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    final MembershipPeriod open = new MembershipPeriod(new MembershipId(1), new GroupId(1), new ClientId(7), MARCH_10,
            null, MembershipStatus.ACTIVE, null, Set.of(BarrierPattern.CARETAKING), 3);

    @Test
    void open_period_covers_every_day_from_the_join_date_on() {
        assertThat(open.isOpen()).isTrue();
        assertThat(open.covers(MARCH_10.minusDays(1))).isFalse();
        assertThat(open.covers(MARCH_10)).isTrue();
        assertThat(open.covers(MARCH_10.plusYears(5))).isTrue();
    }

    @Test
    void left_date_is_the_last_day_of_membership() {
        MembershipPeriod left = open.leave(MARCH_10.plusDays(7), MembershipStatus.COMPLETED, null);

        assertThat(left.isOpen()).isFalse();
        assertThat(left.covers(MARCH_10.plusDays(7))).isTrue();
        assertThat(left.covers(MARCH_10.plusDays(8))).isFalse();
    }

    @Test
    void leave_date_before_join_date_is_refused() {
        assertThatThrownBy(() -> open.leave(MARCH_10.minusDays(1), MembershipStatus.COMPLETED, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("leftOn").messageKey()).isEqualTo("membership.left-before-joined"));
    }

    @Test
    void leaving_on_the_join_day_is_allowed_and_keeps_everything_else() {
        MembershipPeriod left = open.leave(MARCH_10, MembershipStatus.WITHDRAWN, "  Moved abroad ");

        assertThat(left.leftOn()).isEqualTo(MARCH_10);
        assertThat(left.status()).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat(left.leaveReason()).isEqualTo("Moved abroad");
        assertThat(left.covers(MARCH_10)).isTrue();
        assertThat(left).usingRecursiveComparison().ignoringFields("leftOn", "status", "leaveReason").isEqualTo(open);
        assertThat(open.isOpen()).as("the original is unchanged").isTrue();
    }

    @Test
    void leaving_twice_is_refused() {
        MembershipPeriod left = open.leave(MARCH_10.plusDays(7), MembershipStatus.COMPLETED, null);

        assertThatThrownBy(() -> left.leave(MARCH_10.plusDays(14), MembershipStatus.COMPLETED, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("leftOn").messageKey()).isEqualTo("membership.already-left"));
    }

    @Test
    void leaving_needs_a_date_and_an_ending_status() {
        for (MembershipStatus status : new MembershipStatus[] {MembershipStatus.ACTIVE, MembershipStatus.ON_HOLD,
                null}) {
            assertThatThrownBy(() -> open.leave(MARCH_10, status, "reason"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                            e.byField().get("status").messageKey()).isEqualTo("membership.leave-status"));
        }
        assertThatThrownBy(() -> open.leave(null, MembershipStatus.COMPLETED, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("leftOn").messageKey()).isEqualTo("validation.required"));
    }

    @Test
    void withdrawal_needs_a_reason_but_completion_does_not() {
        assertThatThrownBy(() -> open.leave(MARCH_10, MembershipStatus.WITHDRAWN, "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("leaveReason").messageKey()).isEqualTo("validation.required"));
        assertThat(open.leave(MARCH_10, MembershipStatus.COMPLETED, null).leaveReason()).isNull();
    }

    @Test
    void leave_reason_longer_than_500_characters_is_refused() {
        assertThat(open.leave(MARCH_10, MembershipStatus.WITHDRAWN, "x".repeat(500)).leaveReason()).hasSize(500);
        assertThatThrownBy(() -> open.leave(MARCH_10, MembershipStatus.WITHDRAWN, "x".repeat(501)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("leaveReason").messageKey()).isEqualTo("validation.too-long"));
    }

    @Test
    void hold_and_resume_change_the_status_but_not_the_dates() {
        MembershipPeriod held = open.hold();
        assertThat(held.status()).isEqualTo(MembershipStatus.ON_HOLD);
        assertThat(held.isOpen()).isTrue();
        assertThat(held.covers(MARCH_10.plusDays(30))).as("a member on hold keeps their place").isTrue();

        assertThat(held.resume().status()).isEqualTo(MembershipStatus.ACTIVE);
        // A member on hold may still leave.
        assertThat(held.leave(MARCH_10.plusDays(30), MembershipStatus.WITHDRAWN, "No time").status())
                .isEqualTo(MembershipStatus.WITHDRAWN);
    }

    @Test
    void hold_needs_an_active_period_and_resume_a_held_one() {
        MembershipPeriod left = open.leave(MARCH_10, MembershipStatus.COMPLETED, null);

        assertThatThrownBy(() -> open.hold().hold()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("status").messageKey()).isEqualTo("membership.not-active"));
        assertThatThrownBy(left::hold).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("status").messageKey()).isEqualTo("membership.not-active"));
        assertThatThrownBy(open::resume).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("status").messageKey()).isEqualTo("membership.not-on-hold"));
    }

    @Test
    void focus_areas_are_an_unmodifiable_copy() {
        EnumSet<BarrierPattern> areas = EnumSet.of(BarrierPattern.INTENSITY_SEEKING, BarrierPattern.CARETAKING);
        MembershipPeriod period = new MembershipPeriod(new MembershipId(2), new GroupId(1), new ClientId(8), MARCH_10,
                null, MembershipStatus.ACTIVE, null, areas, 0);
        areas.add(BarrierPattern.SELF_SUFFICIENCY);

        assertThat(period.focusAreas()).containsExactly(BarrierPattern.CARETAKING, BarrierPattern.INTENSITY_SEEKING);
        assertThatThrownBy(() -> period.focusAreas().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new MembershipPeriod(new MembershipId(3), new GroupId(1), new ClientId(9), MARCH_10, null,
                MembershipStatus.ACTIVE, null, null, 0).focusAreas()).isEmpty();
    }
}
