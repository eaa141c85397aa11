package org.mutual.domain.attendance;

import java.time.Instant;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

/** The attendance of one member at one session, as last marked, with who marked it and when. */
public record AttendanceMark(SessionId session, ClientId client, AttendanceStatus status, Instant markedAt,
                             UserId markedBy) {
}
