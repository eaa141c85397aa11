package org.mutual.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;

class MemberSessionTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final LocalDate JOINED = LocalDate.of(2026, 5, 5);
    static final LocalDate LEFT = LocalDate.of(2026, 5, 19);

    static MemberSession at(String start, LocalDate leftOn) {
        Instant s = Instant.parse(start);
        CalendarEvent event = new CalendarEvent(new SessionId(1), "Tuesday evening", s, s.plusSeconds(5400),
                SessionLocation.of("Room 2", null), SessionStatus.PLANNED, 0);
        return new MemberSession(event, JOINED, leftOn);
    }

    @Test
    void the_joining_day_and_the_last_day_both_count_in_the_practice_zone() {
        // 00:30 on 5 May in Madrid is still 4 May in UTC; 23:30 on 19 May in Madrid is 21:30 UTC.
        assertThat(at("2026-05-04T22:30:00Z", LEFT).withinMembership(MADRID)).isTrue();
        assertThat(at("2026-05-19T21:30:00Z", LEFT).withinMembership(MADRID)).isTrue();
    }

    @Test
    void a_session_before_joining_or_after_the_last_day_does_not() {
        assertThat(at("2026-05-04T21:30:00Z", LEFT).withinMembership(MADRID)).isFalse();
        assertThat(at("2026-05-19T22:30:00Z", LEFT).withinMembership(MADRID)).isFalse();
    }

    @Test
    void an_open_period_covers_every_later_session() {
        assertThat(at("2027-05-04T16:00:00Z", null).withinMembership(MADRID)).isTrue();
    }
}
