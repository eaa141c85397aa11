package org.mutual.domain.measure;

import java.time.Instant;
import java.util.Objects;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.UserId;

/**
 * A stored schedule. {@code client} is null for the whole group. {@code lastSessionReleased} is the
 * start of the latest session a request was released for (null before the first), from which the
 * next Nth session is counted.
 */
public record MeasureSchedule(ScheduleId id, GroupId group, ClientId client, Instrument instrument, Cadence cadence,
                              UserId createdBy, Instant createdAt, Instant lastSessionReleased) {

    public MeasureSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isForWholeGroup() {
        return client == null;
    }
}
