package org.mutual.domain.export;

import java.util.Collection;
import java.util.Optional;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;

/** Port: reads each export in one statement, however long the note or the history. */
public interface ExportRepository {

    /** The session's group note with its addenda, if the session has one. */
    Optional<NoteExport> groupNote(SessionId session);

    /** The session's plan with its exercises; empty when there is no such session. */
    Optional<PlanHandout> handout(SessionId session);

    /**
     * The client's marks in the held sessions of {@code groups} and their homework in those groups.
     * Every held session of those groups is listed (with a null mark where there is none): the caller
     * keeps those the client's membership covered.
     */
    Optional<ClientHistory> history(ClientId client, Collection<GroupId> groups);

    /** The group's held sessions with their marks and the group's membership periods. */
    Optional<AttendanceSheet> attendance(GroupId group);

    /** Every piece of homework of the group by due date. */
    Optional<HomeworkSheet> homework(GroupId group);
}
