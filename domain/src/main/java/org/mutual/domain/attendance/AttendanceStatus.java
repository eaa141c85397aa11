package org.mutual.domain.attendance;

/** How a member attended one session. Late still counts as attending; excused does not. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
