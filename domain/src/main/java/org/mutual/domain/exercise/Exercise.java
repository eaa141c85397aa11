package org.mutual.domain.exercise;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.user.UserId;

/**
 * An exercise in the library as stored. A built-in exercise has a practice, no owner and never
 * changes; a custom exercise belongs to the therapist who wrote it. {@code id} is null before it is
 * stored; {@code version} guards concurrent edits.
 */
public record Exercise(ExerciseId id, Practice practice, String title, String goal, String steps, String prompts,
                       int suggestedMinutes, String homeworkVariant, Set<BarrierPattern> helps,
                       List<RecordingField> fields, boolean builtIn, UserId owner, boolean archived, int version) {

    public static final int MAX_FIELDS = 20;

    public Exercise {
        Objects.requireNonNull(title, "title");
        helps = ExerciseDraft.copyOf(helps);
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (builtIn != (owner == null)) {
            throw new IllegalArgumentException("a built-in exercise has no owner and a custom one has one");
        }
        if (builtIn && practice == null) {
            throw new IllegalArgumentException("a built-in exercise belongs to a practice");
        }
    }

    /** A new built-in exercise for {@code practice}, not yet stored. */
    public static Exercise builtIn(ExerciseDraft draft) {
        Objects.requireNonNull(draft.practice(), "practice");
        return new Exercise(null, draft.practice(), draft.title(), draft.goal(), draft.steps(), draft.prompts(),
                draft.suggestedMinutes(), draft.homeworkVariant(), draft.helps(), draft.fields(), true, null,
                false, 0);
    }

    /** A new custom exercise of {@code owner}, not yet stored. */
    public static Exercise custom(ExerciseDraft draft, UserId owner) {
        Objects.requireNonNull(owner, "owner");
        return new Exercise(null, draft.practice(), draft.title(), draft.goal(), draft.steps(), draft.prompts(),
                draft.suggestedMinutes(), draft.homeworkVariant(), draft.helps(), draft.fields(), false, owner,
                false, 0);
    }

    public ExerciseDraft draft() {
        return new ExerciseDraft(practice, title, goal, steps, prompts, suggestedMinutes, homeworkVariant, helps,
                fields);
    }

    public boolean isOwnedBy(UserId user) {
        return owner != null && owner.equals(user);
    }

    /** Built-in exercises and the viewer's own custom ones are visible to a therapist. */
    public boolean isVisibleTo(UserId user) {
        return builtIn || isOwnedBy(user);
    }

    public Optional<RecordingField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The field a turn's value goes into, for an exercise recorded turn by turn. */
    public Optional<RecordingField> turnField() {
        return fields.stream().filter(f -> f.scope() == RecordingScope.TURN).findFirst();
    }

    /**
     * New texts, time box, patterns and fields; see {@link #withFields} for when fields may change.
     *
     * @throws ValidationException with {@code exercise.built-in} for a built-in exercise
     */
    public Exercise withDetails(ExerciseDraft draft, boolean fieldsInUse) {
        refuseBuiltIn();
        Exercise withFields = withFields(draft.fields(), fieldsInUse);
        return new Exercise(id, draft.practice(), draft.title(), draft.goal(), draft.steps(), draft.prompts(),
                draft.suggestedMinutes(), draft.homeworkVariant(), draft.helps(), withFields.fields(), false, owner,
                archived, version);
    }

    /**
     * New recording fields. Once records use the exercise its fields are frozen: a changed key, type,
     * scope or choice would make stored values unreadable or wrong.
     *
     * @throws ValidationException with {@code exercise.fields-in-use} when records use the fields and
     *         they differ; with {@code exercise.built-in} for a built-in exercise
     */
    public Exercise withFields(List<RecordingField> newFields, boolean fieldsInUse) {
        refuseBuiltIn();
        List<RecordingField> checked = RecordingField.checked(List.copyOf(newFields));
        if (fieldsInUse && !checked.equals(fields)) {
            throw ValidationException.of("fields", "exercise.fields-in-use");
        }
        return new Exercise(id, practice, title, goal, steps, prompts, suggestedMinutes, homeworkVariant, helps,
                checked, false, owner, archived, version);
    }

    /** A custom copy for {@code newOwner} to adapt, from a built-in exercise or one of their own. */
    public Exercise duplicate(UserId newOwner) {
        Objects.requireNonNull(newOwner, "newOwner");
        if (!isVisibleTo(newOwner)) {
            throw ValidationException.of("exercise", "exercise.not-own");
        }
        return new Exercise(null, practice, title, goal, steps, prompts, suggestedMinutes, homeworkVariant, helps,
                fields, false, newOwner, false, 0);
    }

    /**
     * Hides the exercise from new plans; plans and records that use it keep it.
     *
     * @throws ValidationException with {@code exercise.built-in} for a built-in exercise
     */
    public Exercise archive() {
        refuseBuiltIn();
        return new Exercise(id, practice, title, goal, steps, prompts, suggestedMinutes, homeworkVariant, helps,
                fields, false, owner, true, version);
    }

    private void refuseBuiltIn() {
        if (builtIn) {
            throw ValidationException.of("exercise", "exercise.built-in");
        }
    }
}
