package org.mutual.domain.progress;

import java.util.OptionalDouble;

/**
 * A member's (or the group's) homework in the group: how many were assigned, how many were handed
 * in (submitted or already reviewed, see {@link org.mutual.domain.homework.HomeworkStatus#isDone()})
 * and how many are still open after their due day (see
 * {@link org.mutual.domain.homework.Homework#isOverdue(java.time.LocalDate)}).
 */
public record HomeworkTally(int assigned, int done, int overdue) {

    public static final HomeworkTally NONE = new HomeworkTally(0, 0, 0);

    public HomeworkTally {
        if (done < 0 || overdue < 0 || done + overdue > assigned) {
            throw new IllegalArgumentException(done + " done and " + overdue + " overdue of " + assigned);
        }
    }

    /** Handed in over assigned, between 0 and 1; empty when nothing was assigned. */
    public OptionalDouble completion() {
        return assigned == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) done / assigned);
    }

    public HomeworkTally plus(HomeworkTally other) {
        return new HomeworkTally(assigned + other.assigned, done + other.done, overdue + other.overdue);
    }
}
