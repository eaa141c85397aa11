package org.mutual.domain.exercise;

import java.util.Objects;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.user.UserId;

/**
 * Filters for the library. Every filter but {@code viewer} is optional; the viewer sees the built-in
 * exercises and their own custom ones, and archived ones only when {@code includeArchived}.
 */
public record ExerciseQuery(String text, Practice practice, BarrierPattern pattern, Integer maxMinutes,
                            UserId viewer, boolean includeArchived) {

    public ExerciseQuery {
        Objects.requireNonNull(viewer, "viewer");
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static ExerciseQuery visibleTo(UserId viewer) {
        return new ExerciseQuery(null, null, null, null, viewer, false);
    }
}
