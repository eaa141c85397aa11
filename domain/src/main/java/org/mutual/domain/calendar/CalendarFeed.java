package org.mutual.domain.calendar;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** What a feed link shows: the sessions, earliest first, and the zone their times are meant in. */
public record CalendarFeed(ZoneId zone, List<CalendarEvent> events) {

    public CalendarFeed {
        Objects.requireNonNull(zone, "zone");
        events = List.copyOf(events);
    }
}
