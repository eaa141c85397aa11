package org.mutual.domain.plan;

import java.util.Objects;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.session.SessionId;

/**
 * One exercise in a session's plan with its time box. {@code exerciseTitle} is read along for
 * display; {@code position} counts from 1. {@code id} is null for an item not stored yet.
 */
public record PlanItem(PlanItemId id, SessionId session, ExerciseId exercise, String exerciseTitle, int position,
                       int minutes) {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 180;

    public PlanItem {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(exercise, "exercise");
    }

    /**
     * @throws ValidationException on {@code minutes} with {@code validation.range} outside 1–180
     */
    public static int checkMinutes(Integer minutes) {
        if (minutes == null) {
            throw ValidationException.of("minutes", "validation.required");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw ValidationException.of("minutes", "validation.range", MIN_MINUTES, MAX_MINUTES);
        }
        return minutes;
    }

    PlanItem at(int newPosition) {
        return new PlanItem(id, session, exercise, exerciseTitle, newPosition, minutes);
    }

    PlanItem withMinutes(int newMinutes) {
        return new PlanItem(id, session, exercise, exerciseTitle, position, checkMinutes(newMinutes));
    }
}
