package org.mutual.domain.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.HomeworkStatus;

/**
 * A group's homework board as rows: every piece of homework of the group by due date, with the member
 * it was given to and where it stands. Reflections and feedback stay out of the spreadsheet.
 */
public record HomeworkSheet(GroupId group, String groupName, List<Row> rows) {

    public HomeworkSheet {
        Objects.requireNonNull(group, "group");
        rows = List.copyOf(rows);
    }

    /** {@code submittedAt} and {@code reviewedAt} are null until that happened. */
    public record Row(ClientId client, String member, String title, LocalDate dueOn, HomeworkStatus status,
                      Instant submittedAt, Instant reviewedAt) {
    }
}
