package org.mutual.persistence.base;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the databases store them. H2 and PostgreSQL keep {@code timestamp with time zone} to
 * the microsecond and round anything finer, which can carry into the next second. Truncating here
 * first makes what is read back predictable and the same on both: the instant truncated to
 * microseconds.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** {@code instant} truncated to microseconds, at UTC; null stays null. */
    public static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The stored value as an instant; null stays null. */
    public static Instant fromDb(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
