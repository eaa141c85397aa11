package org.mutual.domain.homework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A homework as a list shows it — what it is called, when it is due and where it stands — without
 * its instructions, reflection, answers or feedback, which only its own page needs.
 */
public record HomeworkSummary(HomeworkId id, String title, LocalDate due, HomeworkStatus status) {

    public HomeworkSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
    }

    /** Still assigned after its due day. */
    public boolean isOverdue(LocalDate today) {
        return status.isOverdue(due, today);
    }
}
