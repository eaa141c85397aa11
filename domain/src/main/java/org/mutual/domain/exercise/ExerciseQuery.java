package org.mutual.domain.exercise;

import java.util.Objects;
import java.util.Set;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.user.UserId;

/**
 * Filters for the library. Every filter but {@code viewer} is optional; the viewer sees the built-in
 * exercises and their own custom ones, and archived ones only when {@code includeArchived}. The text
 * is searched in the stored (English) title and goal; {@code builtInsMatching} names the built-in
 * exercises whose texts in the reader's language contain it, which match too.
 */
public record ExerciseQuery(String text, Practice practice, BarrierPattern pattern, Integer maxMinutes,
                            UserId viewer, boolean includeArchived, Set<Practice> builtInsMatching) {

    public ExerciseQuery {
        Objects.requireNonNull(viewer, "viewer");
        text = text == null || text.isBlank() ? null : text.strip();
        builtInsMatching = text == null || builtInsMatching == null ? Set.of() : Set.copyOf(builtInsMatching);
    }

    public ExerciseQuery(String text, Practice practice, BarrierPattern pattern, Integer maxMinutes, UserId viewer,
                         boolean includeArchived) {
        this(text, practice, pattern, maxMinutes, viewer, includeArchived, Set.of());
    }

    public static ExerciseQuery visibleTo(UserId viewer) {
        return new ExerciseQuery(null, null, null, null, viewer, false, Set.of());
    }
}
