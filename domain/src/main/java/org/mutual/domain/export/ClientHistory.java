package org.mutual.domain.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.HomeworkStatus;

/**
 * A client's attendance and homework over the groups the reader may see, newest first. Reflections,
 * feedback and notes are left out on purpose: the history is a record of taking part, not of what was
 * said.
 */
public record ClientHistory(ClientId client, String name, List<Attendance> attendance, List<Homework> homework) {

    public ClientHistory {
        Objects.requireNonNull(client, "client");
        attendance = List.copyOf(attendance);
        homework = List.copyOf(homework);
    }

    /** One held session of the client's group; {@code status} is null when nobody marked it. */
    public record Attendance(GroupId group, String groupName, Instant startsAt, AttendanceStatus status) {
    }

    /** One piece of homework: title, due date and where it stands. */
    public record Homework(GroupId group, String groupName, String title, LocalDate dueOn, HomeworkStatus status) {
    }
}
