package org.mutual.domain.attendance;

import org.mutual.domain.schedule.SessionLocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.UserId;

class AttendanceRateTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final GroupId GROUP = new GroupId(1);
    static final ClientId ANA = new ClientId(1);
    static final ClientId BEN = new ClientId(2);
    static final UserId THERAPIST = new UserId(10);

    final List<MembershipPeriod> periods = new ArrayList<>();
    final List<Session> sessions = new ArrayList<>();
    final List<AttendanceMark> marks = new ArrayList<>();

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    void member(ClientId client, LocalDate joinedOn, LocalDate leftOn) {
        member(GROUP, client, joinedOn, leftOn);
    }

    void member(GroupId group, ClientId client, LocalDate joinedOn, LocalDate leftOn) {
        periods.add(new MembershipPeriod(new MembershipId(periods.size() + 1), group, client, joinedOn, leftOn,
                leftOn == null ? MembershipStatus.ACTIVE : MembershipStatus.COMPLETED, null, Set.of(), 0));
    }

    /** A Tuesday-evening session on the given March day, 18:00 Madrid time. */
    Session session(int day, SessionStatus status) {
        Instant start = march(day).atTime(LocalTime.of(18, 0)).atZone(MADRID).toInstant();
        Session session = new Session(new SessionId(day), GROUP, null, start, start.plus(Duration.ofMinutes(90)),
                new SessionLocation("Room 2", null), status, status == SessionStatus.CANCELLED ? "ill" : null, false,
                0);
        sessions.add(session);
        return session;
    }

    void mark(int day, ClientId client, AttendanceStatus status) {
        marks.add(new AttendanceMark(new SessionId(day), client, status, Instant.parse("2026-04-01T00:00:00Z"),
                THERAPIST));
    }

    AttendanceCount rateOf(ClientId client) {
        return AttendanceRate.forMember(client, periods, sessions, marks, MADRID);
    }

    @Test
    void no_held_session_means_no_data_rather_than_zero() {
        member(ANA, march(1), null);
        session(3, SessionStatus.PLANNED);
        session(10, SessionStatus.CANCELLED);

        AttendanceCount count = rateOf(ANA);

        assertThat(count).isEqualTo(new AttendanceCount(0, 0));
        assertThat(count.hasData()).isFalse();
        assertThat(count.rate()).isEmpty();
        assertThat(AttendanceRate.forGroup(periods, sessions, marks, MADRID).rate()).isEmpty();
    }

    @Test
    void present_and_late_count_as_attended_but_excused_and_absent_do_not() {
        member(ANA, march(1), null);
        for (int day : new int[] {3, 10, 17, 24}) {
            session(day, SessionStatus.HELD);
        }
        mark(3, ANA, AttendanceStatus.PRESENT);
        mark(10, ANA, AttendanceStatus.LATE);
        mark(17, ANA, AttendanceStatus.EXCUSED);
        mark(24, ANA, AttendanceStatus.ABSENT);

        AttendanceCount count = rateOf(ANA);

        assertThat(count).isEqualTo(new AttendanceCount(2, 4));
        assertThat(count.rate()).hasValue(0.5);
    }

    @Test
    void only_held_sessions_while_on_the_roster_are_expected() {
        member(BEN, march(10), march(17));
        session(3, SessionStatus.HELD);
        session(10, SessionStatus.HELD);
        session(17, SessionStatus.HELD);
        session(24, SessionStatus.HELD);
        session(31, SessionStatus.CANCELLED);
        mark(10, BEN, AttendanceStatus.PRESENT);
        // Marked by mistake after Ben had left: not his session, so it neither counts nor lifts the rate.
        mark(24, BEN, AttendanceStatus.PRESENT);

        // Expected on the 10th and 17th; the 17th is unmarked and counts as not attended.
        assertThat(rateOf(BEN)).isEqualTo(new AttendanceCount(1, 2));
    }

    @Test
    void a_member_who_left_and_re_joined_is_expected_only_during_both_periods() {
        member(ANA, march(1), march(10));
        member(ANA, march(24), null);
        for (int day : new int[] {3, 10, 17, 24, 31}) {
            session(day, SessionStatus.HELD);
            mark(day, ANA, AttendanceStatus.PRESENT);
        }

        assertThat(rateOf(ANA)).isEqualTo(new AttendanceCount(4, 4));
    }

    @Test
    void the_roster_day_is_the_session_day_in_the_groups_zone() {
        member(BEN, march(1), march(16));
        // 23:30 UTC on the 16th is already the 17th in Madrid, the day after Ben's last day.
        Instant start = Instant.parse("2026-03-16T23:30:00Z");
        sessions.add(new Session(new SessionId(16), GROUP, null, start, start.plus(Duration.ofHours(1)),
                new SessionLocation("Room 2", null), SessionStatus.HELD, null, false, 0));

        assertThat(AttendanceRate.forMember(BEN, periods, sessions, marks, MADRID).expected()).isZero();
        assertThat(AttendanceRate.forMember(BEN, periods, sessions, marks, ZoneOffset.UTC).expected()).isEqualTo(1);
    }

    @Test
    void membership_in_another_group_does_not_make_a_member_expected() {
        member(new GroupId(2), ANA, march(1), null);
        session(3, SessionStatus.HELD);

        assertThat(rateOf(ANA).hasData()).isFalse();
    }

    @Test
    void group_rate_is_everything_attended_over_everything_expected() {
        member(ANA, march(1), null);
        member(BEN, march(20), null);
        for (int day : new int[] {3, 10, 17, 24}) {
            session(day, SessionStatus.HELD);
            mark(day, ANA, AttendanceStatus.PRESENT);
        }
        mark(24, BEN, AttendanceStatus.ABSENT);

        AttendanceCount group = AttendanceRate.forGroup(periods, sessions, marks, MADRID);

        // Ana 4 of 4, Ben 0 of 1: 4 of 5 overall, not the 50 % an average of rates would give.
        assertThat(group).isEqualTo(new AttendanceCount(4, 5));
        assertThat(group.rate().getAsDouble()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void the_newest_mark_wins_when_a_member_was_marked_twice() {
        member(ANA, march(1), null);
        session(3, SessionStatus.HELD);
        marks.add(new AttendanceMark(new SessionId(3), ANA, AttendanceStatus.PRESENT,
                Instant.parse("2026-03-03T19:00:00Z"), THERAPIST));
        marks.add(new AttendanceMark(new SessionId(3), ANA, AttendanceStatus.ABSENT,
                Instant.parse("2026-03-03T17:05:00Z"), THERAPIST));

        assertThat(rateOf(ANA)).isEqualTo(new AttendanceCount(1, 1));
    }
}
