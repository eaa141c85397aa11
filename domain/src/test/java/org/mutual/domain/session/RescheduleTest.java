package org.mutual.domain.session;

import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.schedule.SessionLocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.group.GroupId;

class RescheduleTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final SeriesId SERIES = new SeriesId(1);
    static final WeeklySlot THURSDAY_18 = WeeklySlot.of(DayOfWeek.THURSDAY, LocalTime.of(18, 0),
            Duration.ofMinutes(90), MADRID);
    static final WeeklySlot TUESDAY_19 = WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(19, 0),
            Duration.ofMinutes(90), MADRID);

    /** Thursdays 5 March to 9 April 2026 at 18:00 Madrid; summer time starts on 29 March. */
    static List<Session> series() {
        List<Session> sessions = new ArrayList<>();
        for (Occurrence o : WeeklySeries.generate(THURSDAY_18, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 9))) {
            sessions.add(new Session(new SessionId(sessions.size() + 1), new GroupId(1), SERIES, o.start(), o.end(),
                    SessionLocation.of("Room 2", null), SessionStatus.PLANNED, null, false, 4));
        }
        return sessions;
    }

    static Instant utc(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    @Test
    void future_planned_sessions_move_to_the_new_weekday_of_the_same_week_keeping_local_time() {
        Instant now = utc("2026-03-15T10:00:00Z");

        List<Session> changed = WeeklySeries.reschedule(series(), TUESDAY_19, now);

        assertThat(changed).extracting(s -> s.id().value()).containsExactly(3L, 4L, 5L, 6L);
        assertThat(changed).extracting(Session::startsAt).containsExactly(
                utc("2026-03-17T18:00:00Z"), utc("2026-03-24T18:00:00Z"),
                utc("2026-03-31T17:00:00Z"), utc("2026-04-07T17:00:00Z"));
        assertThat(changed).allSatisfy(s -> {
            assertThat(s.startsAt().atZone(MADRID).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(s.startsAt().atZone(MADRID).toLocalTime()).isEqualTo(LocalTime.of(19, 0));
            assertThat(Duration.between(s.startsAt(), s.endsAt())).isEqualTo(Duration.ofMinutes(90));
            assertThat(s.moved()).as("following the series is not an individual move").isFalse();
            assertThat(s.version()).as("kept for the optimistic-locking update").isEqualTo(4);
        });
    }

    @Test
    void past_held_cancelled_and_individually_moved_sessions_are_untouched() {
        List<Session> sessions = series();
        Instant now = utc("2026-03-15T10:00:00Z");
        sessions.set(2, sessions.get(2).markHeld());
        sessions.set(3, sessions.get(3).cancel("Holiday"));
        Session movedOne = sessions.get(4).moveTo(utc("2026-04-03T16:00:00Z"), utc("2026-04-03T17:30:00Z"));
        sessions.set(4, movedOne);

        List<Session> changed = WeeklySeries.reschedule(sessions, TUESDAY_19, now);

        // 1 and 2 are past, 3 held, 4 cancelled, 5 moved on its own: only 6 follows the new slot.
        assertThat(changed).extracting(s -> s.id().value()).containsExactly(6L);
    }

    @Test
    void session_whose_new_time_this_week_has_passed_stays_where_it_is() {
        // Wednesday 18 March: Thursday's session is still ahead, but Tuesday of this week is over.
        Instant now = utc("2026-03-18T12:00:00Z");

        List<Session> changed = WeeklySeries.reschedule(series(), TUESDAY_19, now);

        assertThat(changed).extracting(s -> s.id().value()).doesNotContain(3L).contains(4L);
    }

    @Test
    void later_weekday_stays_in_the_same_week_and_sunday_moves_back_to_its_monday() {
        Instant now = utc("2026-03-01T00:00:00Z");
        WeeklySlot saturday = WeeklySlot.of(DayOfWeek.SATURDAY, LocalTime.of(10, 0), Duration.ofHours(2), MADRID);
        assertThat(WeeklySeries.reschedule(series(), saturday, now).getFirst().startsAt().atZone(MADRID).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 7));

        List<Session> sundays = WeeklySeries.reschedule(series(), WeeklySlot.of(DayOfWeek.SUNDAY, LocalTime.of(18, 0),
                Duration.ofMinutes(90), MADRID), now);
        WeeklySlot monday = WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(18, 0), Duration.ofMinutes(90), MADRID);
        assertThat(WeeklySeries.reschedule(sundays, monday, now).getFirst().startsAt().atZone(MADRID).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void rescheduling_to_the_same_slot_changes_nothing() {
        assertThat(WeeklySeries.reschedule(series(), THURSDAY_18, utc("2026-03-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void sessions_of_several_series_are_a_programming_error() {
        List<Session> mixed = new ArrayList<>(series());
        Session other = mixed.getFirst();
        mixed.add(new Session(new SessionId(99), other.group(), new SeriesId(2), other.startsAt(), other.endsAt(),
                other.location(), SessionStatus.PLANNED, null, false, 0));

        assertThatThrownBy(() -> WeeklySeries.reschedule(mixed, TUESDAY_19, utc("2026-03-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
