package org.mutual.domain.homework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.FieldType;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.exercise.RecordingScope;

/**
 * Checks a client's structured answers against the homework's exercise: the prompts are the
 * exercise's member fields (for small experiments: the ask, the response, how it felt 0–10), so an
 * answer is valid exactly when the therapist could have recorded it in the room.
 */
public final class HomeworkAnswers {

    private HomeworkAnswers() {
    }

    /** The prompts a client answers for homework from {@code exercise}; none without an exercise. */
    public static List<RecordingField> prompts(Optional<Exercise> exercise) {
        return exercise.map(e -> e.fields().stream().filter(f -> f.scope() == RecordingScope.MEMBER).toList())
                .orElse(List.of());
    }

    /**
     * The answers in their stored form. Blank answers are dropped: a draft may leave prompts open.
     *
     * @throws ValidationException on {@code answers} with {@code homework.answers.unknown} for a key
     *         that is not a prompt, and on {@code answers.<key>} with {@code record.value.invalid} for a
     *         value that doesn't fit its prompt
     */
    public static Map<String, String> check(List<RecordingField> prompts, Map<String, String> answers) {
        Map<String, String> clean = new TreeMap<>();
        if (answers == null) {
            return clean;
        }
        Validator v = new Validator();
        answers.forEach((key, raw) -> {
            if (raw == null || raw.isBlank()) {
                return;
            }
            Optional<RecordingField> field = prompts.stream().filter(f -> f.key().equals(key)).findFirst();
            if (field.isEmpty()) {
                v.require(false, "answers", "homework.answers.unknown", key);
                return;
            }
            try {
                clean.put(key, field.get().validate(raw));
            } catch (ValidationException e) {
                // Named after the prompt, so a form shows the message next to the right answer.
                v.require(false, "answers." + key, FieldType.INVALID);
            }
        });
        v.throwIfInvalid();
        return clean;
    }
}
