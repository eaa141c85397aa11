package org.mutual.domain.calendar;

import java.time.Instant;
import java.util.Objects;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;

/**
 * One session as a calendar shows it: nothing about who else attends and nothing clinical.
 * {@code revision} is the session's version, so it rises whenever the session is moved, cancelled or
 * otherwise changed, which is what tells a calendar app to replace its copy.
 */
public record CalendarEvent(SessionId session, String groupName, Instant start, Instant end,
                            SessionLocation location, SessionStatus status, int revision) {

    public CalendarEvent {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
