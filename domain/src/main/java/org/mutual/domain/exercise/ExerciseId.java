package org.mutual.domain.exercise;

/** Identifies an exercise in the library. */
public record ExerciseId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
