package org.mutual.domain.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.reminder.ReminderRepository.OpenHomework;
import org.mutual.domain.reminder.ReminderRepository.SessionSeat;
import org.mutual.domain.reminder.ReminderRepository.TherapistWork;
import org.mutual.domain.session.SessionStatus;

/**
 * Which reminders are due on a practice day. Days are the practice zone's: "tomorrow" is the next
 * calendar day there, from its midnight to the following one (23 or 25 hours long when the clocks
 * change). Nothing is due before {@code sendFrom} local time, so nobody is written to at night; from
 * then on the day's reminders are due all day, and the record of sent reminders keeps each to one.
 *
 * @param notesUnsignedAfter how long after its session a draft note counts as left unsigned
 */
public record ReminderPlan(ZoneId zone, LocalTime sendFrom, Duration notesUnsignedAfter) {

    public ReminderPlan {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(sendFrom, "sendFrom");
        Objects.requireNonNull(notesUnsignedAfter, "notesUnsignedAfter");
    }

    /** Defaults: from 08:00, notes unsigned for more than two days. */
    public static ReminderPlan of(ZoneId zone) {
        return new ReminderPlan(zone, LocalTime.of(8, 0), Duration.ofDays(2));
    }

    /** The practice day whose reminders are due at {@code now}; empty before {@link #sendFrom()}. */
    public Optional<Day> day(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        if (local.toLocalTime().isBefore(sendFrom)) {
            return Optional.empty();
        }
        LocalDate today = local.toLocalDate();
        LocalDate tomorrow = today.plusDays(1);
        return Optional.of(new Day(today, tomorrow.atStartOfDay(zone).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(zone).toInstant(), now.minus(notesUnsignedAfter)));
    }

    /**
     * One reminder per member who is active on the session's day and wants reminders, for each
     * session tomorrow that is not cancelled. Members on hold, who joined later or left earlier get none.
     */
    public List<Reminder> sessionReminders(Day day, List<SessionSeat> seats) {
        LocalDate tomorrow = day.today().plusDays(1);
        return seats.stream()
                .filter(s -> s.sessionStatus() == SessionStatus.PLANNED)
                .filter(s -> s.startsAt().atZone(zone).toLocalDate().equals(tomorrow))
                .filter(s -> s.membership() == MembershipStatus.ACTIVE)
                .filter(s -> !tomorrow.isBefore(s.joinedOn()) && (s.leftOn() == null || !tomorrow.isAfter(s.leftOn())))
                .filter(s -> s.remindersOn() && s.email() != null && !s.email().isBlank())
                .<Reminder>map(s -> new Reminder.SessionTomorrow(s.session(), s.client(), s.email(), s.language(), day.today(),
                        s.startsAt().atZone(zone).toLocalDateTime(), s.place()))
                .distinct()
                .toList();
    }

    /** One reminder per open homework due tomorrow or today, to clients who want reminders. */
    public List<Reminder> homeworkReminders(Day day, List<OpenHomework> homework) {
        return homework.stream()
                .filter(h -> h.dueOn().equals(day.today()) || h.dueOn().equals(day.today().plusDays(1)))
                .filter(h -> h.remindersOn() && h.email() != null && !h.email().isBlank())
                .<Reminder>map(h -> new Reminder.HomeworkDue(h.homework(), h.client(), h.email(), h.language(), day.today(),
                        h.dueOn()))
                .toList();
    }

    /** One digest per therapist with something waiting. */
    public List<Reminder> digests(Day day, List<TherapistWork> work) {
        return work.stream()
                .filter(w -> w.toReview() > 0 || w.unsignedNotes() > 0)
                .filter(w -> w.email() != null && !w.email().isBlank())
                .<Reminder>map(w -> new Reminder.TherapistDigest(w.therapist(), w.email(), w.language(), day.today(), w.toReview(),
                        w.unsignedNotes()))
                .toList();
    }

    /**
     * A practice day as the reminders see it: {@code today}, tomorrow as the instants
     * [{@code tomorrowFrom}, {@code tomorrowTo}), and the moment before which a session's draft note
     * counts as left unsigned.
     */
    public record Day(LocalDate today, Instant tomorrowFrom, Instant tomorrowTo, Instant notesBefore) {
    }
}
