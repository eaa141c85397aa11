package org.mutual.domain.attendance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;

/**
 * Attendance rates. A member is expected at every held session of a group whose local date (in
 * {@code zone}) one of their membership periods in that group covers; they attended when marked
 * present or late. Planned and cancelled sessions don't count, an unmarked expected session counts
 * as not attended, and marks of people who weren't on the roster that day are ignored, so a rate
 * never exceeds 100 %.
 */
public final class AttendanceRate {

    private AttendanceRate() {
    }

    /** One member's attendance over {@code sessions}; {@code periods} may span several groups. */
    public static AttendanceCount forMember(ClientId client, List<MembershipPeriod> periods, List<Session> sessions,
                                            Collection<AttendanceMark> marks, ZoneId zone) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(zone, "zone");
        Map<MarkKey, AttendanceStatus> latest = latestMarks(marks);
        List<MembershipPeriod> own = periods.stream().filter(p -> p.client().equals(client)).toList();
        int attended = 0;
        int expected = 0;
        for (Session session : sessions) {
            if (session.status() != SessionStatus.HELD || !onRoster(own, session, zone)) {
                continue;
            }
            expected++;
            AttendanceStatus status = latest.get(new MarkKey(session.id(), client));
            if (status != null && status.attended()) {
                attended++;
            }
        }
        return new AttendanceCount(attended, expected);
    }

    /**
     * The group's attendance: everything attended over everything expected, so a member who came to
     * two sessions weighs less than one who came to twenty (not an average of members' rates).
     */
    public static AttendanceCount forGroup(List<MembershipPeriod> periods, List<Session> sessions,
                                           Collection<AttendanceMark> marks, ZoneId zone) {
        return periods.stream().map(MembershipPeriod::client).distinct()
                .map(client -> forMember(client, periods, sessions, marks, zone))
                .reduce(AttendanceCount.NONE, AttendanceCount::plus);
    }

    private static boolean onRoster(List<MembershipPeriod> periods, Session session, ZoneId zone) {
        LocalDate day = session.localDate(zone);
        return periods.stream().anyMatch(p -> p.group().equals(session.group()) && p.covers(day));
    }

    private static Map<MarkKey, AttendanceStatus> latestMarks(Collection<AttendanceMark> marks) {
        // The port keeps one mark per member and session; if a caller merges lists, the newest wins.
        Map<MarkKey, AttendanceMark> latest = new HashMap<>();
        for (AttendanceMark mark : marks) {
            latest.merge(new MarkKey(mark.session(), mark.client()), mark,
                    (a, b) -> b.markedAt().isAfter(a.markedAt()) ? b : a);
        }
        Map<MarkKey, AttendanceStatus> statuses = new HashMap<>();
        latest.forEach((key, mark) -> statuses.put(key, mark.status()));
        return statuses;
    }

    private record MarkKey(SessionId session, ClientId client) {
    }
}
