package org.mutual.domain.clientfile;

import java.util.List;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.Client;
import org.mutual.domain.group.Group;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.session.Session;

/** Everything the client page shows, read in a fixed number of queries. */
public record ClientFile(Client client, List<Membership> memberships, List<Attendance> attendance) {

    /** One membership period with its group's name. */
    public record Membership(MembershipPeriod period, String groupName) {
    }

    /** One held session of one of the client's groups, with the client's mark (null when none). */
    public record Attendance(Session session, String groupName, AttendanceStatus status) {
    }

    static String nameOf(Group group) {
        return group == null ? "" : group.name();
    }
}
