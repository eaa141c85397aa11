package org.mutual.domain.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A session of a group the client has a membership period in, with that period's dates
 * ({@code leftOn} null while it is open). The storage finds these by group; whether the client was a
 * member on the session's day is decided here, in the practice's zone, by the same inclusive rule as
 * {@link org.mutual.domain.membership.MembershipPeriod#covers}.
 */
public record MemberSession(CalendarEvent event, LocalDate joinedOn, LocalDate leftOn) {

    public MemberSession {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(joinedOn, "joinedOn");
    }

    /** Whether the session falls on a day of the membership period. */
    public boolean withinMembership(ZoneId zone) {
        LocalDate day = event.start().atZone(zone).toLocalDate();
        return !day.isBefore(joinedOn) && (leftOn == null || !day.isAfter(leftOn));
    }
}
