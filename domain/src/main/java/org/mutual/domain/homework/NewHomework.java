package org.mutual.domain.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.mutual.domain.base.Validator;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

/**
 * What one assign action gives every recipient: checked texts and a due date. {@code session} (the
 * session it was assigned in) and {@code exercise} are optional.
 */
public record NewHomework(GroupId group, SessionId session, ExerciseId exercise, String title, String instructions,
                          LocalDate due, UserId assignedBy, Instant assignedAt) {

    public NewHomework {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(assignedBy, "assignedBy");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }

    /** Checks every field and fails with all broken rules at once. */
    public static NewHomework of(GroupId group, SessionId session, ExerciseId exercise, String title,
                                 String instructions, LocalDate due, UserId assignedBy, Instant assignedAt) {
        Validator v = new Validator();
        String cleanTitle = v.requiredText(title, "title", Homework.TITLE_MAX);
        String cleanInstructions = v.optionalText(instructions, "instructions", Homework.INSTRUCTIONS_MAX);
        v.require(due != null, "due", "validation.required");
        v.dateInRange(due, "due");
        v.throwIfInvalid();
        return new NewHomework(group, session, exercise, cleanTitle, cleanInstructions, due, assignedBy, assignedAt);
    }
}
