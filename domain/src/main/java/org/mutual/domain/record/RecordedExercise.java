package org.mutual.domain.record;

import org.mutual.domain.exercise.Exercise;

/** A planned exercise's record together with the exercise, whose fields say how it is recorded. */
public record RecordedExercise(ExerciseRecord record, Exercise exercise) {
}
