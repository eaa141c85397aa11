package org.mutual.domain.record;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.plan.PlanItem;

/**
 * What was recorded for one planned exercise: the values and a short observation. {@code version}
 * guards the observation against concurrent edits (values are single taps and simply replace each
 * other); it is 0 and the observation null until one is written.
 */
public record ExerciseRecord(PlanItem planItem, String observation, List<RecordedValue> values, int version) {

    public static final int OBSERVATION_MAX = 2000;

    public ExerciseRecord {
        values = List.copyOf(values);
    }

    public Optional<String> value(String subject, String fieldKey) {
        return values.stream().filter(v -> v.subject().equals(subject) && v.fieldKey().equals(fieldKey))
                .map(RecordedValue::value).findFirst();
    }

    /** The turns recorded in {@code fieldKey}, in order. */
    public List<Turn> turns(String fieldKey) {
        return values.stream()
                .filter(v -> v.fieldKey().equals(fieldKey) && v.subject().startsWith("turn:"))
                .map(v -> {
                    Subject.Turn turn = (Subject.Turn) Subject.parse(v.subject());
                    return new Turn(turn.number(), turn.client(), Integer.parseInt(v.value()));
                })
                .sorted(Comparator.comparingInt(Turn::number))
                .toList();
    }
}
