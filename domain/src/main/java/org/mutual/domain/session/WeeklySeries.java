package org.mutual.domain.session;

import org.mutual.domain.schedule.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;

/**
 * Turns a {@link WeeklySlot} into dated sessions and moves a series to a new slot.
 *
 * <p>Times are computed in the slot's zone, so the wall-clock time stays the same all year and the
 * UTC instant shifts by an hour when daylight saving time starts or ends. A start time that doesn't
 * exist on a spring-forward day (02:30 in Europe/Madrid on the last Sunday of March) is resolved as
 * {@link ZonedDateTime#of} does: moved later by the length of the gap, to 03:30 summer time. A time
 * that exists twice on a fall-back day takes the earlier offset (summer time). The end is always
 * {@code duration} after the start on the timeline, so a session spanning the change lasts as long
 * as any other.
 */
public final class WeeklySeries {

    /** Two years of weekly sessions: long enough for any group, short enough to catch a typo in a year. */
    public static final int MAX_OCCURRENCES = 104;

    private WeeklySeries() {
    }

    /**
     * Every {@code slot.day()} from {@code from} to {@code to}, both inclusive.
     *
     * @throws ValidationException on {@code to} when it is before {@code from}, when no such weekday
     *         falls between the dates, or when there would be more than {@value #MAX_OCCURRENCES}
     */
    public static List<Occurrence> generate(WeeklySlot slot, LocalDate from, LocalDate to) {
        Objects.requireNonNull(slot, "slot");
        Validator v = new Validator();
        v.require(from != null, "from", "validation.required");
        v.require(to != null, "to", "validation.required");
        v.dateInRange(from, "from");
        v.dateInRange(to, "to");
        v.throwIfInvalid();
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "session.series.to-before-from");
        }
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(slot.day()));
        if (first.isAfter(to)) {
            throw ValidationException.of("to", "session.series.empty");
        }
        // Counted before generating, so a mistyped year doesn't build thousands of objects first.
        long count = ChronoUnit.WEEKS.between(first, to) + 1;
        if (count > MAX_OCCURRENCES) {
            throw ValidationException.of("to", "session.series.too-many", MAX_OCCURRENCES);
        }
        List<Occurrence> occurrences = new ArrayList<>((int) count);
        for (LocalDate date = first; !date.isAfter(to); date = date.plusWeeks(1)) {
            occurrences.add(occurrenceOn(date, slot));
        }
        return List.copyOf(occurrences);
    }

    /**
     * Moves a series to {@code newSlot} and returns only the sessions that changed, for the caller to
     * store. Each session moves to the new weekday and time within the same Monday-to-Sunday week
     * (in the new slot's zone) as before. Only planned sessions that start after {@code now} and
     * weren't moved on their own follow: held, cancelled and past sessions are history, and an
     * individually moved one was placed deliberately. A session whose new time this week would
     * already be past also stays put, so the group doesn't lose this week's meeting.
     *
     * @throws IllegalArgumentException when the sessions don't all belong to one series
     */
    public static List<Session> reschedule(List<Session> seriesSessions, WeeklySlot newSlot, Instant now) {
        Objects.requireNonNull(newSlot, "newSlot");
        Objects.requireNonNull(now, "now");
        long seriesCount = seriesSessions.stream().map(Session::series).distinct().count();
        if (seriesSessions.stream().anyMatch(s -> s.series() == null) || seriesCount > 1) {
            throw new IllegalArgumentException("sessions must all belong to one series");
        }
        List<Session> changed = new ArrayList<>();
        for (Session session : seriesSessions) {
            if (session.status() != SessionStatus.PLANNED || session.moved() || !session.startsAt().isAfter(now)) {
                continue;
            }
            LocalDate monday = session.localDate(newSlot.zone())
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Occurrence target = occurrenceOn(monday.with(TemporalAdjusters.nextOrSame(newSlot.day())), newSlot);
            boolean same = target.start().equals(session.startsAt()) && target.end().equals(session.endsAt());
            if (!same && target.start().isAfter(now)) {
                changed.add(session.rescheduledTo(target.start(), target.end()));
            }
        }
        return List.copyOf(changed);
    }

    private static Occurrence occurrenceOn(LocalDate date, WeeklySlot slot) {
        Instant start = ZonedDateTime.of(date, slot.start(), slot.zone()).toInstant();
        return new Occurrence(date, start, start.plus(slot.duration()));
    }
}
