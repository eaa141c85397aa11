package org.mutual.domain.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.user.UserId;

class ExerciseTest {

    static final UserId ALICE = new UserId(1);
    static final UserId BOB = new UserId(2);
    static final RecordingField MOOD = RecordingField.member("mood", "Mood", FieldType.SCALE_0_10);
    static final RecordingField SPOKE = RecordingField.member("spoke", "Spoke up", FieldType.YES_NO);

    static ExerciseDraft draft(List<RecordingField> fields) {
        return ExerciseDraft.of(null, "Check-in round", "Everyone says how they arrive.", "Go round once.", null, 10,
                null, Set.of(BarrierPattern.CARETAKING), fields);
    }

    static Exercise stored(Exercise e) {
        return new Exercise(new ExerciseId(7), e.practice(), e.title(), e.goal(), e.steps(), e.prompts(),
                e.suggestedMinutes(), e.homeworkVariant(), e.helps(), e.fields(), e.builtIn(), e.owner(), e.archived(), 3);
    }

    @Test
    void a_draft_reports_every_broken_rule_at_once() {
        assertThatThrownBy(() -> ExerciseDraft.of(null, " ", null, "", null, 4, null, Set.of(), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsOnlyKeys("title", "goal", "steps", "suggestedMinutes"));
        assertThatThrownBy(() -> draft(List.of(MOOD, MOOD)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("exercise.fields.duplicate-key");
        assertThat(ExerciseDraft.of(null, "t", "g", "s", null, 180, null, null, null).fields()).isEmpty();
        assertThatThrownBy(() -> ExerciseDraft.of(null, "t", "g", "s", null, 181, null, null, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_recording_field_checks_its_key_label_and_choices() {
        assertThatThrownBy(() -> RecordingField.member("Mood", "Mood", FieldType.YES_NO))
                .hasMessageContaining("exercise.field.key");
        assertThatThrownBy(() -> RecordingField.member("x".repeat(41), "Long key", FieldType.YES_NO))
                .hasMessageContaining("exercise.field.key");
        assertThatThrownBy(() -> RecordingField.member("mood", "m".repeat(81), FieldType.YES_NO))
                .hasMessageContaining("validation.too-long");
        assertThatThrownBy(() -> RecordingField.member("answer", "Answer", FieldType.CHOICE, "only one"))
                .hasMessageContaining("exercise.field.choice-count");
        assertThatThrownBy(() -> RecordingField.member("answer", "Answer", FieldType.CHOICE,
                "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"))
                .hasMessageContaining("exercise.field.choice-count");
        assertThatThrownBy(() -> RecordingField.member("answer", "Answer", FieldType.YES_NO, "yes", "no"))
                .hasMessageContaining("exercise.field.choices-only-for-choice");
        assertThatThrownBy(() -> RecordingField.of("depth", "Depth", FieldType.COUNTER, List.of(), RecordingScope.TURN))
                .hasMessageContaining("exercise.field.turn-scale");
        assertThat(RecordingField.member("answer", "Answer", FieldType.CHOICE, " yes ", "no").choices())
                .containsExactly("yes", "no");
    }

    @Test
    void custom_field_definitions_can_change_until_records_use_them() {
        Exercise exercise = stored(Exercise.custom(draft(List.of(MOOD)), ALICE));

        assertThat(exercise.withFields(List.of(MOOD, SPOKE), false).fields()).containsExactly(MOOD, SPOKE);
        assertThatThrownBy(() -> exercise.withFields(List.of(MOOD, SPOKE), true))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.byField().get("fields").messageKey()).isEqualTo("exercise.fields-in-use"));
        RecordingField otherScale = RecordingField.member("mood", "Mood", FieldType.SCALE_1_5);
        assertThatThrownBy(() -> exercise.withFields(List.of(otherScale), true))
                .hasMessageContaining("exercise.fields-in-use");
    }

    @Test
    void other_details_of_a_used_exercise_still_change_when_its_fields_stay_the_same() {
        Exercise exercise = stored(Exercise.custom(draft(List.of(MOOD)), ALICE));
        ExerciseDraft renamed = ExerciseDraft.of(null, "Arrival round", "New goal", "Go round twice.", null, 15, null,
                Set.of(), List.of(MOOD));

        Exercise changed = exercise.withDetails(renamed, true);

        assertThat(changed.title()).isEqualTo("Arrival round");
        assertThat(changed.suggestedMinutes()).isEqualTo(15);
        assertThat(changed.fields()).containsExactly(MOOD);
        assertThat(changed.id()).isEqualTo(exercise.id());
        assertThat(changed.version()).isEqualTo(3);
    }

    @Test
    void a_built_in_exercise_never_changes_and_can_not_be_archived() {
        Exercise builtIn = stored(BuiltInPractices.giveAndTake());

        assertThatThrownBy(builtIn::archive).hasMessageContaining("exercise.built-in");
        assertThatThrownBy(() -> builtIn.withFields(List.of(MOOD), false)).hasMessageContaining("exercise.built-in");
        assertThatThrownBy(() -> builtIn.withDetails(draft(List.of()), false)).hasMessageContaining("exercise.built-in");
    }

    @Test
    void duplicating_a_built_in_or_own_exercise_gives_an_unstored_custom_copy_for_the_new_owner() {
        Exercise builtIn = stored(BuiltInPractices.assertiveness());

        Exercise copy = builtIn.duplicate(BOB);

        assertThat(copy.builtIn()).isFalse();
        assertThat(copy.owner()).isEqualTo(BOB);
        assertThat(copy.id()).isNull();
        assertThat(copy.version()).isZero();
        assertThat(copy.practice()).isEqualTo(Practice.ASSERTIVENESS);
        assertThat(copy.fields()).isEqualTo(builtIn.fields());
        assertThat(copy.archived()).isFalse();

        Exercise own = stored(Exercise.custom(draft(List.of(MOOD)), ALICE)).archive();
        assertThat(own.duplicate(ALICE).archived()).isFalse();
        assertThatThrownBy(() -> own.duplicate(BOB)).hasMessageContaining("exercise.not-own");
    }

    @Test
    void archiving_hides_an_own_custom_exercise_but_keeps_it() {
        Exercise own = stored(Exercise.custom(draft(List.of(MOOD)), ALICE));

        Exercise archived = own.archive();

        assertThat(archived.archived()).isTrue();
        assertThat(archived.id()).isEqualTo(own.id());
        assertThat(archived.fields()).isEqualTo(own.fields());
    }

    @Test
    void a_built_in_exercise_has_no_owner_and_a_custom_one_has_one() {
        assertThatThrownBy(() -> new Exercise(null, Practice.GIVE_AND_TAKE, "t", "g", "s", null, 10, null, Set.of(),
                List.of(), true, ALICE, false, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exercise(null, null, "t", "g", "s", null, 10, null, Set.of(), List.of(), false,
                null, false, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
