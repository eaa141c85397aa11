package org.mutual.domain.exercise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the exercise library with its recording fields. Exercises are archived, never deleted. */
public interface ExerciseRepository {

    /**
     * Stores each built-in exercise whose practice has none yet; safe to call on every start and from
     * two nodes at once. Returns how many were stored.
     */
    int seedBuiltIns(List<Exercise> builtIns);

    /** Stores a new exercise (its id is ignored) with its patterns and fields. */
    ExerciseId create(Exercise exercise);

    Optional<Exercise> find(ExerciseId id);

    /** The exercises with these ids, in one query; unknown ids are skipped. */
    List<Exercise> findAll(Collection<ExerciseId> ids);

    /**
     * Stores texts, time box, patterns, fields and the archived flag and increments the version.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion}; nothing is written then
     * @throws org.mutual.domain.base.NotFoundException when there is no such exercise
     */
    void update(Exercise exercise, int expectedVersion);

    /** One page of the library, built-in exercises first, then by title. */
    List<Exercise> search(ExerciseQuery query, int offset, int limit);

    int count(ExerciseQuery query);

    /** Whether any recorded value of any session uses this exercise's fields. */
    boolean fieldsInUse(ExerciseId id);
}
