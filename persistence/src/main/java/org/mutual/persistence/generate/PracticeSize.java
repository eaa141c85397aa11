package org.mutual.persistence.generate;

import java.util.Locale;

/**
 * The shape of a generated practice. Every therapist leads {@code groupsPerTherapist} groups of
 * {@code membersPerGroup} clients; each group meets weekly, {@code heldSessions} sessions in the past and
 * {@code plannedSessions} ahead. Per held session: {@code planItems} planned exercises (each with its record),
 * a group note and {@code progressNotes} progress notes; every {@code homeworkEvery} held sessions the whole
 * group gets homework.
 */
public record PracticeSize(String name, int therapists, int groupsPerTherapist, int membersPerGroup,
                           int heldSessions, int plannedSessions, int planItems, int progressNotes,
                           int homeworkEvery) {

    /** 50 therapists, 200 groups, 2,000 clients, 20,000 sessions, ~100,000 notes and exercise records, 50,000 homework. */
    public static final PracticeSize SMALL = new PracticeSize("small", 50, 4, 10, 96, 4, 5, 4, 4);
    /** Ten times small: 500 therapists, 2,000 groups, 20,000 clients, 200,000 sessions. */
    public static final PracticeSize LARGE = SMALL.times("large", 10);
    /** A hundred times small. */
    public static final PracticeSize HUGE = SMALL.times("huge", 100);

    /** Seconds to generate: for tests. Per group it is as big as small. */
    public static final PracticeSize TINY = new PracticeSize("tiny", 2, 2, 4, 12, 2, 2, 2, 3);
    /**
     * Tiny with ten times the data behind every screen (more members, sessions, notes and homework per
     * group, more groups and therapists): a screen that reads row by row costs more statements here.
     */
    public static final PracticeSize TINY_TIMES_TEN = new PracticeSize("tiny×10", 5, 4, 10, 60, 4, 4, 4, 2);

    public PracticeSize {
        if (therapists < 1 || groupsPerTherapist < 1 || membersPerGroup < 2 || heldSessions < 1 || plannedSessions < 0
                || planItems < 0 || progressNotes < 0 || progressNotes > membersPerGroup || homeworkEvery < 1) {
            throw new IllegalArgumentException("not a practice: " + this);
        }
    }

    public static PracticeSize named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "large" -> LARGE;
            case "huge" -> HUGE;
            case "tiny" -> TINY;
            default -> throw new IllegalArgumentException("size is small, large, huge or tiny, not " + name);
        };
    }

    /** {@code factor} times as many therapists (and so groups, clients, sessions, ...), each group alike. */
    public PracticeSize times(String newName, int factor) {
        return withTherapists(newName, therapists * factor);
    }

    /** This practice's groups, clients and sessions, each alike, for {@code count} therapists. */
    public PracticeSize withTherapists(String newName, int count) {
        return new PracticeSize(newName, count, groupsPerTherapist, membersPerGroup, heldSessions, plannedSessions,
                planItems, progressNotes, homeworkEvery);
    }

    public int groups() {
        return therapists * groupsPerTherapist;
    }

    public int clients() {
        return groups() * membersPerGroup;
    }

    public int sessions() {
        return groups() * (heldSessions + plannedSessions);
    }

    public int notes() {
        return groups() * heldSessions * (1 + progressNotes);
    }

    public int exerciseRecords() {
        return groups() * heldSessions * planItems;
    }

    public int homework() {
        return groups() * (heldSessions / homeworkEvery) * membersPerGroup;
    }
}
