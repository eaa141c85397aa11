package org.mutual.domain.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionStatus;

/**
 * Which sessions of an every-Nth-session schedule get a request, and when it is released. The
 * first is the group's first session after the schedule was made; each next one is the Nth session
 * after the previous one, counted from the previous one as it was released, so cancelling a session
 * later does not shift requests already given. A request is released {@value #RELEASE_DAYS_BEFORE}
 * days before its session's day and is due on that day, so the score is there when the group meets.
 */
public final class SessionCadence {

    public static final int RELEASE_DAYS_BEFORE = 2;

    private SessionCadence() {
    }

    /**
     * The sessions that are due for release on {@code today}, earliest first.
     *
     * @param every        every how many sessions (1 or more)
     * @param scheduledAt  when the schedule was made: only sessions starting at or after it count
     * @param lastReleased the start of the session last released for, or null before the first
     * @param sessions     the group's sessions since then, in any order and of any status
     */
    public static List<Session> toRelease(int every, Instant scheduledAt, Instant lastReleased, List<Session> sessions,
                                          LocalDate today, ZoneId zone) {
        if (every < 1) {
            throw new IllegalArgumentException("every " + every);
        }
        List<Session> counted = sessions.stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED)
                .filter(s -> !s.startsAt().isBefore(scheduledAt))
                .filter(s -> lastReleased == null || s.startsAt().isAfter(lastReleased))
                .sorted(Comparator.comparing(Session::startsAt))
                .toList();
        List<Session> due = new ArrayList<>();
        // Without a previous request the very next session is the first; after one, the Nth.
        for (int i = lastReleased == null ? 0 : every - 1; i < counted.size(); i += every) {
            Session session = counted.get(i);
            if (releaseDay(session, zone).isAfter(today)) {
                break;
            }
            due.add(session);
        }
        return due;
    }

    /** The day a session's request becomes available to the members. */
    public static LocalDate releaseDay(Session session, ZoneId zone) {
        return session.localDate(zone).minusDays(RELEASE_DAYS_BEFORE);
    }

    /** Sessions starting before this instant may be due by {@code today}: the end of the release window. */
    public static Instant horizon(LocalDate today, ZoneId zone) {
        return today.plusDays(RELEASE_DAYS_BEFORE + 1L).atStartOfDay(zone).toInstant();
    }
}
