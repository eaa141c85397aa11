package org.mutual.domain.homework;

import java.time.LocalDate;

/**
 * Where a homework stands. Overdue is not a status: it depends on the day in the client's zone, see
 * {@link Homework#isOverdue(java.time.Instant, java.time.ZoneId)}.
 */
public enum HomeworkStatus {
    ASSIGNED, SUBMITTED, REVIEWED;

    /** Whether the client has handed it in (submitted or already reviewed). */
    public boolean isDone() {
        return this != ASSIGNED;
    }

    /** The overdue rule: still assigned after its due day ({@code today} being the day where the client is). */
    public boolean isOverdue(LocalDate due, LocalDate today) {
        return this == ASSIGNED && today.isAfter(due);
    }
}
