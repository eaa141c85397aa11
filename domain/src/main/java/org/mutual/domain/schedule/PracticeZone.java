package org.mutual.domain.schedule;

import java.util.Objects;
import java.time.ZoneId;

/** The practice's time zone: times are stored in UTC and shown, and dated, in this zone. */
public record PracticeZone(ZoneId zone) {

    public PracticeZone {
        Objects.requireNonNull(zone, "zone");
    }
}
