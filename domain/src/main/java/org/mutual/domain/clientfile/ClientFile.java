package org.mutual.domain.clientfile;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.Client;
import org.mutual.domain.measure.MemberScores;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.session.Session;

/**
 * Everything the client page shows, read in a fixed number of queries: details, the e-mail reminder
 * choice, membership periods (latest first) and attendance (latest first) for anyone who may open the
 * file; the clinical part only for a therapist facilitating one of the client's groups.
 */
public record ClientFile(Client client, boolean emailReminders, List<Membership> memberships,
                         List<Attendance> attendance, Optional<Clinical> clinical) {

    public ClientFile {
        memberships = List.copyOf(memberships);
        attendance = List.copyOf(attendance);
    }

    /** One membership period with its group's name. */
    public record Membership(MembershipPeriod period, String groupName) {
    }

    /** One held session of one of the client's groups, with the client's mark (null when none). */
    public record Attendance(Session session, String groupName, AttendanceStatus status) {
    }

    /**
     * What the viewer may read because they facilitate one of the client's groups, from those groups
     * only: questionnaire scores, exercise records and signed notes.
     */
    public record Clinical(MemberScores scores, ClinicalHistory history) {
    }
}
