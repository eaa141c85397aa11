package org.mutual.domain.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

class HomeworkFanOutTest {

    static final GroupId GROUP = new GroupId(1);
    static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 5, 5);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static MembershipPeriod period(long client, LocalDate joined, LocalDate left, MembershipStatus status) {
        return new MembershipPeriod(new MembershipId(client), GROUP, new ClientId(client), joined, left, status,
                null, Set.of(), 0);
    }

    static Session session(String start, SessionStatus status) {
        Instant s = Instant.parse(start);
        return new Session(new SessionId(1), GROUP, null, s, s.plusSeconds(5400), null, status, null, false, 0);
    }

    @Test
    void homework_goes_to_members_active_on_the_day_it_is_assigned() {
        List<MembershipPeriod> periods = List.of(
                period(3, LocalDate.of(2026, 4, 1), null, MembershipStatus.ACTIVE),
                period(1, LocalDate.of(2026, 4, 1), null, MembershipStatus.ACTIVE),
                period(2, LocalDate.of(2026, 4, 1), ASSIGNED_ON, MembershipStatus.COMPLETED),
                period(4, ASSIGNED_ON.plusDays(1), null, MembershipStatus.ACTIVE),
                period(5, LocalDate.of(2026, 4, 1), null, MembershipStatus.ON_HOLD),
                period(6, LocalDate.of(2026, 4, 1), ASSIGNED_ON.minusDays(1), MembershipStatus.WITHDRAWN));

        assertThat(HomeworkFanOut.recipients(periods, ASSIGNED_ON))
                .containsExactly(new ClientId(1), new ClientId(2), new ClientId(3));
    }

    @Test
    void a_member_who_joins_after_the_assignment_date_does_not_get_it_retroactively() {
        List<MembershipPeriod> periods = List.of(
                period(1, LocalDate.of(2026, 4, 1), null, MembershipStatus.ACTIVE),
                period(7, ASSIGNED_ON.plusDays(2), null, MembershipStatus.ACTIVE));

        assertThat(HomeworkFanOut.recipients(periods, ASSIGNED_ON)).containsExactly(new ClientId(1));
        assertThat(HomeworkFanOut.recipients(periods, ASSIGNED_ON.plusDays(2)))
                .containsExactly(new ClientId(1), new ClientId(7));
    }

    @Test
    void a_member_on_hold_gets_no_homework() {
        assertThat(HomeworkFanOut.recipients(List.of(period(5, LocalDate.of(2026, 4, 1), null,
                MembershipStatus.ON_HOLD)), ASSIGNED_ON)).isEmpty();
    }

    @Test
    void the_default_due_date_is_the_day_before_the_next_session() {
        List<Session> upcoming = List.of(
                session("2026-05-19T16:00:00Z", SessionStatus.PLANNED),
                session("2026-05-12T16:00:00Z", SessionStatus.CANCELLED),
                session("2026-05-05T16:00:00Z", SessionStatus.HELD),
                session("2026-05-14T16:00:00Z", SessionStatus.PLANNED));

        assertThat(HomeworkFanOut.defaultDue(ASSIGNED_ON, upcoming, BERLIN)).isEqualTo(LocalDate.of(2026, 5, 13));
    }

    @Test
    void the_next_session_is_found_by_its_date_in_the_practice_zone() {
        // 22:30 UTC on the 5th is already the 6th in Berlin, so it counts as the next session.
        List<Session> upcoming = List.of(session("2026-05-05T22:30:00Z", SessionStatus.PLANNED));

        assertThat(HomeworkFanOut.defaultDue(ASSIGNED_ON, upcoming, BERLIN)).isEqualTo(ASSIGNED_ON);
        assertThat(HomeworkFanOut.defaultDue(ASSIGNED_ON, upcoming, ZoneId.of("UTC")))
                .isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void without_a_next_session_homework_is_due_a_week_later() {
        assertThat(HomeworkFanOut.defaultDue(ASSIGNED_ON, List.of(), BERLIN)).isEqualTo(LocalDate.of(2026, 5, 12));
    }
}
