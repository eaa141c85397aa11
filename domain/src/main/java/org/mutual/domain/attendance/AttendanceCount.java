package org.mutual.domain.attendance;

import java.util.OptionalDouble;

/**
 * Sessions attended out of sessions expected. Zero expected means "no data yet", which the rate
 * reports as empty rather than as 0 % or NaN.
 */
public record AttendanceCount(int attended, int expected) {

    public static final AttendanceCount NONE = new AttendanceCount(0, 0);

    public AttendanceCount {
        if (attended < 0 || expected < 0 || attended > expected) {
            throw new IllegalArgumentException("attended " + attended + " of " + expected);
        }
    }

    /** Between 0 and 1, or empty when no session was expected. */
    public OptionalDouble rate() {
        return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) attended / expected);
    }

    public boolean hasData() {
        return expected > 0;
    }

    public AttendanceCount plus(AttendanceCount other) {
        return new AttendanceCount(attended + other.attended, expected + other.expected);
    }
}
