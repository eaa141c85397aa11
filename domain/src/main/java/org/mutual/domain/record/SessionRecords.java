package org.mutual.domain.record;

import java.util.List;
import java.util.Map;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseId;

/**
 * Everything the record tab of a session shows: the record of each planned exercise in plan order,
 * the exercises with their fields, and the members who count as present.
 */
public record SessionRecords(List<ExerciseRecord> records, Map<ExerciseId, Exercise> exercises,
                             List<ClientId> present) {

    public SessionRecords {
        records = List.copyOf(records);
        exercises = Map.copyOf(exercises);
        present = List.copyOf(present);
    }
}
