package org.mutual.domain.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;

/** A group's held sessions, its members over time and the marks, as read for the attendance export. */
public record AttendanceSheet(GroupId group, String groupName, List<HeldSession> sessions, List<Member> members) {

    public AttendanceSheet {
        Objects.requireNonNull(group, "group");
        sessions = List.copyOf(sessions);
        members = List.copyOf(members);
    }

    /** A held session with the marks taken in it. */
    public record HeldSession(SessionId id, Instant startsAt, Map<ClientId, AttendanceStatus> marks) {
        public HeldSession {
            marks = Map.copyOf(marks);
        }
    }

    /** One membership period of a member; {@code leftOn} is null while they are in the group. */
    public record Member(ClientId client, String name, LocalDate joinedOn, LocalDate leftOn) {
        boolean covers(LocalDate date) {
            return !date.isBefore(joinedOn) && (leftOn == null || !date.isAfter(leftOn));
        }
    }

    /** One row of the sheet: a member on the session's roster and their mark (null when not marked). */
    public record Row(SessionId session, Instant startsAt, ClientId client, String member, AttendanceStatus status) {
    }

    /**
     * A row per session (oldest first) and member on its roster that day in {@code zone}, members in
     * name order. Someone who was marked but not on the roster (a period later corrected) still gets
     * their row, so no mark is lost.
     */
    public List<Row> rows(ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        List<HeldSession> ordered = sessions.stream().sorted(Comparator.comparing(HeldSession::startsAt)).toList();
        for (HeldSession s : ordered) {
            LocalDate day = s.startsAt().atZone(zone).toLocalDate();
            Set<ClientId> seen = new LinkedHashSet<>();
            members.stream()
                    .filter(m -> m.covers(day) || s.marks().containsKey(m.client()))
                    .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                    .filter(m -> seen.add(m.client()))
                    .forEach(m -> rows.add(new Row(s.id(), s.startsAt(), m.client(), m.name(),
                            s.marks().get(m.client()))));
        }
        return rows;
    }
}
