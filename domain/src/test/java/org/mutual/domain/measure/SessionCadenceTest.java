package org.mutual.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;

class SessionCadenceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesdays 18:30 in Berlin from 5 May 2026. */
    static final Instant FIRST = Instant.parse("2026-05-05T16:30:00Z");
    static final Instant SCHEDULED = Instant.parse("2026-05-01T09:00:00Z");

    static List<Session> weekly(int count, int... cancelled) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int week = i;
            boolean off = java.util.Arrays.stream(cancelled).anyMatch(c -> c == week);
            Instant start = FIRST.plusSeconds(604800L * i);
            sessions.add(new Session(new SessionId(i + 1), new GroupId(1), null, start, start.plusSeconds(5400), null,
                    off ? SessionStatus.CANCELLED : SessionStatus.PLANNED, off ? "ill" : null, false, 0));
        }
        return sessions.reversed();
    }

    static List<Long> ids(List<Session> sessions) {
        return sessions.stream().map(s -> s.id().value()).toList();
    }

    @Test
    void the_first_request_is_for_the_next_session_released_two_days_before_it() {
        List<Session> sessions = weekly(12);

        assertThat(SessionCadence.toRelease(4, SCHEDULED, null, sessions, LocalDate.of(2026, 5, 2), BERLIN)).isEmpty();
        assertThat(ids(SessionCadence.toRelease(4, SCHEDULED, null, sessions, LocalDate.of(2026, 5, 3), BERLIN)))
                .containsExactly(1L);
    }

    @Test
    void after_a_request_the_next_is_every_nth_session_counted_from_it() {
        List<Session> sessions = weekly(12);
        Instant firstReleased = FIRST;

        // Week 5 (2 June) is the 4th session after 5 May; its request is out on 31 May.
        assertThat(SessionCadence.toRelease(4, SCHEDULED, firstReleased, sessions, LocalDate.of(2026, 5, 30), BERLIN))
                .isEmpty();
        assertThat(ids(SessionCadence.toRelease(4, SCHEDULED, firstReleased, sessions, LocalDate.of(2026, 5, 31),
                BERLIN))).containsExactly(5L);
        // A release run that missed weeks catches up with every due one, and no more.
        assertThat(ids(SessionCadence.toRelease(4, SCHEDULED, firstReleased, sessions, LocalDate.of(2026, 7, 10),
                BERLIN))).containsExactly(5L, 9L);
        assertThat(ids(SessionCadence.toRelease(1, SCHEDULED, firstReleased, sessions, LocalDate.of(2026, 5, 24),
                BERLIN))).containsExactly(2L, 3L, 4L);
    }

    @Test
    void cancelled_sessions_dont_count_and_sessions_before_the_schedule_are_ignored() {
        List<Session> sessions = weekly(12, 0, 2);

        // Session 1 is cancelled, so the first request is for session 2; then 4 counted sessions on: 2,4,5,6 → 7.
        assertThat(ids(SessionCadence.toRelease(4, SCHEDULED, null, sessions, LocalDate.of(2026, 6, 20), BERLIN)))
                .containsExactly(2L, 7L);
        assertThat(ids(SessionCadence.toRelease(4, FIRST.plusSeconds(1), null, weekly(12), LocalDate.of(2026, 5, 10),
                BERLIN))).containsExactly(2L);
    }

    @Test
    void the_release_window_ends_after_the_day_two_days_ahead_in_the_practice_zone() {
        assertThat(SessionCadence.horizon(LocalDate.of(2026, 5, 3), BERLIN))
                .isEqualTo(Instant.parse("2026-05-05T22:00:00Z"));
        assertThat(SessionCadence.releaseDay(weekly(1).getFirst(), BERLIN)).isEqualTo(LocalDate.of(2026, 5, 3));
    }
}
