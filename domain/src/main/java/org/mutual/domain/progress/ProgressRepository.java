package org.mutual.domain.progress;

import java.time.LocalDate;
import java.util.Optional;
import org.mutual.domain.group.GroupId;

/** Port: the raw data of a group's progress. */
public interface ProgressRepository {

    /**
     * Reads the group's progress data in one query, however many sessions, members, marks or
     * records it has. Homework, scores and exercise records are read only when {@code clinical};
     * homework still open after its due day counts as overdue on {@code today}.
     *
     * @return empty when there is no such group
     */
    Optional<ProgressSource> load(GroupId group, boolean clinical, LocalDate today);
}
