package org.mutual.domain.homework;

import java.util.Map;

/** How many of a client's homework are still to do (assigned) and how many are done (submitted or reviewed). */
public record HomeworkCounts(int open, int done) {

    /** The counts folded from a count per status; a status missing from the map counts none. */
    public static HomeworkCounts of(Map<HomeworkStatus, Integer> byStatus) {
        int open = 0;
        int done = 0;
        for (Map.Entry<HomeworkStatus, Integer> e : byStatus.entrySet()) {
            if (e.getKey().isDone()) {
                done += e.getValue();
            } else {
                open += e.getValue();
            }
        }
        return new HomeworkCounts(open, done);
    }

    public int total() {
        return open + done;
    }
}
