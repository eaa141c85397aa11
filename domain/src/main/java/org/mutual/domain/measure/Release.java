package org.mutual.domain.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;

/**
 * One occurrence of a schedule being given to the members: for a session ({@code session} set) or,
 * for a single request, on its own ({@code session} null).
 */
public record Release(ScheduleId schedule, GroupId group, Instrument instrument, SessionId session, LocalDate due,
                      Instant releasedAt) {

    public Release {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
