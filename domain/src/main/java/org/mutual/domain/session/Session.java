package org.mutual.domain.session;

import org.mutual.domain.schedule.SessionLocation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;
import org.mutual.domain.group.GroupId;

/**
 * One meeting of a group as stored. {@code series} is null for a stand-alone session;
 * {@code moved} is true once this occurrence was moved on its own, so rescheduling its series
 * leaves it where the therapist put it. Every change returns a new record; {@code version} guards
 * concurrent edits.
 */
public record Session(SessionId id, GroupId group, SeriesId series, Instant startsAt, Instant endsAt,
                      SessionLocation location, SessionStatus status, String cancelReason, boolean moved,
                      int version) {

    public static final int CANCEL_REASON_MAX = 500;

    public Session {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(status, "status");
    }

    /** Cancels a planned session; the reason is shown to members, so it is required. */
    public Session cancel(String reason) {
        refuseIf(SessionStatus.HELD, "session.already-held");
        refuseIf(SessionStatus.CANCELLED, "session.already-cancelled");
        Validator v = new Validator();
        String cleanReason = v.requiredText(reason, "cancelReason", CANCEL_REASON_MAX);
        v.throwIfInvalid();
        return new Session(id, group, series, startsAt, endsAt, location, SessionStatus.CANCELLED, cleanReason,
                moved, version);
    }

    /** Moves this occurrence alone; the rest of its series stays where it is. */
    public Session moveTo(Instant start, Instant end) {
        refuseIf(SessionStatus.HELD, "session.already-held");
        refuseIf(SessionStatus.CANCELLED, "session.already-cancelled");
        Validator v = new Validator();
        v.require(start != null, "startsAt", "validation.required");
        v.require(end != null, "endsAt", "validation.required");
        v.require(start == null || end == null || end.isAfter(start), "endsAt", "session.end-before-start");
        v.throwIfInvalid();
        return new Session(id, group, series, start, end, location, status, cancelReason, true, version);
    }

    public Session markHeld() {
        refuseIf(SessionStatus.CANCELLED, "session.already-cancelled");
        return new Session(id, group, series, startsAt, endsAt, location, SessionStatus.HELD, cancelReason, moved,
                version);
    }

    /** The calendar day the session starts on in {@code zone}: what a roster is checked against. */
    public LocalDate localDate(ZoneId zone) {
        return startsAt.atZone(zone).toLocalDate();
    }

    /** A new time that follows the series, so unlike {@link #moveTo} it doesn't mark the session moved. */
    Session rescheduledTo(Instant start, Instant end) {
        return new Session(id, group, series, start, end, location, status, cancelReason, moved, version);
    }

    private void refuseIf(SessionStatus refused, String messageKey) {
        if (status == refused) {
            throw ValidationException.of("status", messageKey);
        }
    }
}
