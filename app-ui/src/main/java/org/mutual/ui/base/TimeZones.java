package org.mutual.ui.base;

import java.time.ZoneId;
import java.util.List;

/** The time zones a person can pick from. */
public final class TimeZones {

    private TimeZones() {
    }

    /**
     * Every region id Java knows, sorted. ical4j registers its own zone rules next to Java's under
     * generated ids ({@code ical4j~<uuid>}) wherever its jar is on the application class path (tests,
     * development mode); those are nobody's choice, so they are left out.
     */
    public static List<String> selectable() {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> !id.contains("~")).sorted().toList();
    }
}
