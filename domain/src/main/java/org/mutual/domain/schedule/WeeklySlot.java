package org.mutual.domain.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.mutual.domain.base.Validator;

/**
 * When a group meets every week: a weekday and a local start time in {@code zone}, lasting
 * {@code duration} (15 minutes to 8 hours). The zone is part of the slot because the wall-clock
 * time is what the group agreed on, not a UTC instant.
 */
public record WeeklySlot(DayOfWeek day, LocalTime start, Duration duration, ZoneId zone) {

    public static final Duration MIN_DURATION = Duration.ofMinutes(15);
    public static final Duration MAX_DURATION = Duration.ofHours(8);

    /** Checks every field and fails with all broken rules at once. */
    public static WeeklySlot of(DayOfWeek day, LocalTime start, Duration duration, ZoneId zone) {
        Validator v = new Validator();
        v.require(day != null, "day", "validation.required");
        v.require(start != null, "start", "validation.required");
        v.require(duration != null, "duration", "validation.required");
        v.require(duration == null
                        || (duration.compareTo(MIN_DURATION) >= 0 && duration.compareTo(MAX_DURATION) <= 0),
                "duration", "session.duration.range", MIN_DURATION.toMinutes(), MAX_DURATION.toMinutes());
        v.require(zone != null, "zone", "validation.required");
        v.throwIfInvalid();
        return new WeeklySlot(day, start, duration, zone);
    }
}
