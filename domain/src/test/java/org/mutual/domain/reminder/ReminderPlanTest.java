package org.mutual.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.reminder.ReminderRepository.OpenHomework;
import org.mutual.domain.reminder.ReminderRepository.SessionSeat;
import org.mutual.domain.reminder.ReminderRepository.TherapistWork;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.UserId;

class ReminderPlanTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ReminderPlan PLAN = ReminderPlan.of(BERLIN);
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);

    static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, java.time.LocalTime.of(hour, minute), BERLIN).toInstant();
    }

    static SessionSeat seat(Instant startsAt, SessionStatus status, MembershipStatus membership, LocalDate joined,
                            LocalDate left, boolean remindersOn) {
        return new SessionSeat(new SessionId(7), startsAt, status, "Room 2", new ClientId(3), "casey@example.org",
                Language.SPANISH, remindersOn, membership, joined, left);
    }

    static ReminderPlan.Day monday() {
        return PLAN.day(at(MONDAY, 9, 0)).orElseThrow();
    }

    @Test
    void nothing_is_due_before_eight_in_the_morning_practice_time() {
        assertThat(PLAN.day(at(MONDAY, 7, 59))).isEmpty();
        assertThat(PLAN.day(at(MONDAY, 0, 0))).isEmpty();
        assertThat(PLAN.day(at(MONDAY, 8, 0))).map(ReminderPlan.Day::today).contains(MONDAY);
        assertThat(PLAN.day(at(MONDAY, 23, 59))).map(ReminderPlan.Day::today).contains(MONDAY);
    }

    @Test
    void tomorrow_runs_from_midnight_to_midnight_in_the_practice_zone_not_in_utc() {
        ReminderPlan.Day day = monday();

        assertThat(day.tomorrowFrom()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
        assertThat(day.tomorrowTo()).isEqualTo(Instant.parse("2026-03-03T23:00:00Z"));
        // 23:30 UTC on Monday is already Tuesday 00:30 in Berlin: tomorrow's session.
        assertThat(PLAN.sessionReminders(day, List.of(seat(Instant.parse("2026-03-02T23:30:00Z"),
                SessionStatus.PLANNED, MembershipStatus.ACTIVE, MONDAY.minusWeeks(3), null, true)))).hasSize(1);
        // 22:30 UTC on Monday is Monday 23:30 in Berlin: today, not tomorrow.
        assertThat(PLAN.sessionReminders(day, List.of(seat(Instant.parse("2026-03-02T22:30:00Z"),
                SessionStatus.PLANNED, MembershipStatus.ACTIVE, MONDAY.minusWeeks(3), null, true)))).isEmpty();
    }

    @Test
    void the_day_before_the_clocks_change_tomorrow_is_23_hours_long() {
        ReminderPlan.Day saturday = PLAN.day(at(LocalDate.of(2026, 3, 28), 9, 0)).orElseThrow();

        assertThat(java.time.Duration.between(saturday.tomorrowFrom(), saturday.tomorrowTo())).hasHours(23);
    }

    @Test
    void a_member_of_tomorrows_session_is_reminded_of_its_day_time_and_room() {
        Instant start = at(TUESDAY, 18, 30);

        List<Reminder> due = PLAN.sessionReminders(monday(), List.of(seat(start, SessionStatus.PLANNED,
                MembershipStatus.ACTIVE, MONDAY.minusWeeks(3), null, true)));

        assertThat(due).containsExactly(new Reminder.SessionTomorrow(new SessionId(7), new ClientId(3),
                "casey@example.org", Language.SPANISH, MONDAY, LocalDateTime.of(TUESDAY, java.time.LocalTime.of(18, 30)), "Room 2"));
        assertThat(due.getFirst().key()).isEqualTo(new ReminderKey(ReminderKind.SESSION_TOMORROW, 7, 3, MONDAY));
    }

    @Test
    void cancelled_sessions_members_on_hold_or_not_yet_or_no_longer_members_and_opted_out_clients_get_none() {
        Instant start = at(TUESDAY, 18, 30);
        LocalDate joined = MONDAY.minusWeeks(3);

        assertThat(PLAN.sessionReminders(monday(), List.of(
                seat(start, SessionStatus.CANCELLED, MembershipStatus.ACTIVE, joined, null, true),
                seat(start, SessionStatus.PLANNED, MembershipStatus.ON_HOLD, joined, null, true),
                seat(start, SessionStatus.PLANNED, MembershipStatus.ACTIVE, TUESDAY.plusDays(1), null, true),
                seat(start, SessionStatus.PLANNED, MembershipStatus.COMPLETED, joined, MONDAY, true),
                seat(start, SessionStatus.PLANNED, MembershipStatus.ACTIVE, joined, MONDAY, true),
                seat(start, SessionStatus.PLANNED, MembershipStatus.ACTIVE, joined, null, false)))).isEmpty();
        assertThat(PLAN.sessionReminders(monday(), List.of(
                seat(start, SessionStatus.PLANNED, MembershipStatus.ACTIVE, TUESDAY, TUESDAY, true))))
                .as("joins on the session's day, leaves after it").hasSize(1);
    }

    @Test
    void homework_is_reminded_of_the_day_before_and_on_the_day_it_is_due() {
        OpenHomework dueTomorrow = new OpenHomework(new HomeworkId(1), new ClientId(3), "c@example.org", Language.ENGLISH, true, TUESDAY);
        OpenHomework dueToday = new OpenHomework(new HomeworkId(2), new ClientId(3), "c@example.org", Language.ENGLISH, true, MONDAY);
        OpenHomework later = new OpenHomework(new HomeworkId(3), new ClientId(3), "c@example.org", Language.ENGLISH, true,
                TUESDAY.plusDays(1));
        OpenHomework optedOut = new OpenHomework(new HomeworkId(4), new ClientId(4), "d@example.org", Language.ENGLISH, false, MONDAY);

        List<Reminder> due = PLAN.homeworkReminders(monday(), List.of(dueTomorrow, dueToday, later, optedOut));

        assertThat(due).extracting(Reminder::key).containsExactly(
                new ReminderKey(ReminderKind.HOMEWORK_DUE, 1, 3, MONDAY),
                new ReminderKey(ReminderKind.HOMEWORK_DUE, 2, 3, MONDAY));
        assertThat(((Reminder.HomeworkDue) due.get(1)).dueToday()).isTrue();
    }

    @Test
    void a_therapist_gets_a_digest_only_when_something_waits() {
        List<Reminder> due = PLAN.digests(monday(), List.of(
                new TherapistWork(new UserId(2), "t@example.org", Language.SPANISH, 2, 0),
                new TherapistWork(new UserId(5), "u@example.org", Language.ENGLISH, 0, 0)));

        assertThat(due).containsExactly(new Reminder.TherapistDigest(new UserId(2), "t@example.org", Language.SPANISH, MONDAY, 2, 0));
    }

    @Test
    void notes_count_as_unsigned_two_days_after_their_session() {
        assertThat(monday().notesBefore()).isEqualTo(at(MONDAY, 9, 0).minus(java.time.Duration.ofDays(2)));
    }
}
