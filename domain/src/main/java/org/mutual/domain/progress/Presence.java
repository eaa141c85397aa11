package org.mutual.domain.progress;

import org.mutual.domain.attendance.AttendanceStatus;

/** How a member stood at one held session, for the attendance strip. */
public enum Presence {
    /** Marked present or late. */
    ATTENDED,
    EXCUSED,
    ABSENT,
    /** On the roster, but no mark was taken: counts as not attended, like in the rates. */
    UNMARKED,
    /** Not a member on the session's day: the session doesn't count for them. */
    NOT_ON_ROSTER;

    static Presence of(boolean onRoster, AttendanceStatus mark) {
        if (!onRoster) {
            return NOT_ON_ROSTER;
        }
        if (mark == null) {
            return UNMARKED;
        }
        return switch (mark) {
            case PRESENT, LATE -> ATTENDED;
            case EXCUSED -> EXCUSED;
            case ABSENT -> ABSENT;
        };
    }

    /** Whether the session counts for the member's rate. */
    public boolean expected() {
        return this != NOT_ON_ROSTER;
    }
}
