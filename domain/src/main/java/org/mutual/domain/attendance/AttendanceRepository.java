package org.mutual.domain.attendance;

import java.time.Instant;
import java.util.List;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

/** Port: attendance marks, one per member and session. */
public interface AttendanceRepository {

    /**
     * Sets the member's mark for the session, creating or replacing it. Tapping the same status twice
     * is harmless: it returns false and leaves {@code markedAt}/{@code markedBy} as they were, so the
     * audit trail records only real changes. Returns true when a mark was created or its status changed.
     */
    boolean mark(SessionId session, ClientId client, AttendanceStatus status, UserId by, Instant at);

    List<AttendanceMark> marksOfSession(SessionId session);

    /**
     * Everything a session's roster and its presence are derived from, in one query: the group's
     * membership periods, the clients they are of and the marks taken at the session.
     */
    SessionMembers members(SessionId session, GroupId group);

    List<AttendanceMark> marksOfClient(ClientId client);

    /** Every mark of every session of the group, in one query. */
    List<AttendanceMark> marksOfGroup(GroupId group);
}
