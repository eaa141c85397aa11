package org.mutual.domain.attendance;

import java.time.LocalDate;
import java.util.List;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.Memberships;

/**
 * A group's people as one session sees them, read at once: every membership period of the group,
 * the clients they are of, and the marks taken at the session. The roster of the session's date and
 * who counts as present are derived from it.
 */
public record SessionMembers(List<MembershipPeriod> periods, List<Client> clients, List<AttendanceMark> marks) {

    public SessionMembers {
        periods = List.copyOf(periods);
        clients = List.copyOf(clients);
        marks = List.copyOf(marks);
    }

    /** The periods on the group's roster on {@code day}. */
    public List<MembershipPeriod> rosterAt(GroupId group, LocalDate day) {
        return Memberships.of(group, Integer.MAX_VALUE, periods).rosterAt(day);
    }

    /**
     * Who counts as present on {@code day}: the members marked present or late, or everyone on the
     * roster while no attendance has been taken.
     */
    public List<ClientId> present(GroupId group, LocalDate day) {
        List<ClientId> roster = rosterAt(group, day).stream().map(MembershipPeriod::client).distinct().toList();
        if (marks.isEmpty()) {
            return roster;
        }
        List<ClientId> attended = marks.stream().filter(m -> m.status().attended()).map(AttendanceMark::client)
                .toList();
        return roster.stream().filter(attended::contains).toList();
    }
}
