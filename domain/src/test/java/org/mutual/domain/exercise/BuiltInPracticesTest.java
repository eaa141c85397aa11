package org.mutual.domain.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mutual.domain.exercise.FieldType.CHOICE;
import static org.mutual.domain.exercise.FieldType.COUNTER;
import static org.mutual.domain.exercise.FieldType.SCALE_0_10;
import static org.mutual.domain.exercise.FieldType.SCALE_1_5;
import static org.mutual.domain.exercise.FieldType.SHORT_TEXT;
import static org.mutual.domain.exercise.FieldType.YES_NO;
import static org.mutual.domain.exercise.RecordingScope.MEMBER;
import static org.mutual.domain.exercise.RecordingScope.PAIR;
import static org.mutual.domain.exercise.RecordingScope.TURN;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltInPracticesTest {

    final Map<Practice, Exercise> builtIns = BuiltInPractices.all().stream()
            .collect(Collectors.toMap(Exercise::practice, Function.identity()));

    @Test
    void there_is_one_built_in_exercise_per_practice_without_an_owner() {
        assertThat(BuiltInPractices.all()).hasSize(8).extracting(Exercise::practice)
                .containsExactly(Practice.values());
        assertThat(BuiltInPractices.all()).allSatisfy(e -> {
            assertThat(e.builtIn()).isTrue();
            assertThat(e.owner()).isNull();
            assertThat(e.archived()).isFalse();
            assertThat(e.helps()).isNotEmpty();
        });
    }

    @Test
    void every_text_is_short_with_three_to_six_steps_and_two_to_four_prompts() {
        assertThat(BuiltInPractices.all()).allSatisfy(e -> {
            assertThat(Stream.of(e.title(), e.goal(), e.steps(), e.prompts(), e.homeworkVariant()))
                    .allSatisfy(text -> assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(600));
            assertThat(e.steps().lines().count()).isBetween(3L, 6L);
            assertThat(e.prompts().lines().count()).isBetween(2L, 4L);
            assertThat(e.suggestedMinutes()).isBetween(5, 180);
        });
    }

    @Test
    void each_practice_records_what_the_domain_describes() {
        assertFields(Practice.GIVE_AND_TAKE, tuple("turns_a", COUNTER, PAIR, List.of()),
                tuple("turns_b", COUNTER, PAIR, List.of()), tuple("interruptions", COUNTER, PAIR, List.of()));
        assertFields(Practice.MATCHING_DISCLOSURE, tuple("depth", SCALE_1_5, TURN, List.of()));
        assertFields(Practice.NOTICING_TRUST, tuple("kept_confidence", YES_NO, MEMBER, List.of()),
                tuple("consistent", YES_NO, MEMBER, List.of()), tuple("talks_behind_backs", YES_NO, MEMBER, List.of()));
        assertFields(Practice.SMALL_EXPERIMENTS, tuple("ask", SHORT_TEXT, MEMBER, List.of()),
                tuple("response", CHOICE, MEMBER, List.of("eager", "willing", "declined", "no answer")),
                tuple("felt", SCALE_0_10, MEMBER, List.of()));
        assertFields(Practice.ASSERTIVENESS, tuple("request_made", YES_NO, MEMBER, List.of()),
                tuple("response", CHOICE, MEMBER, List.of("yes", "partly", "no")),
                tuple("reaction_to_no", CHOICE, MEMBER, List.of("accepted", "re-asked", "ultimatum", "withdrew")),
                tuple("comfort", SCALE_0_10, MEMBER, List.of()));
        assertFields(Practice.CLARIFYING_INTENTIONS, tuple("expectations_written", COUNTER, MEMBER, List.of()),
                tuple("expectations_voiced", COUNTER, MEMBER, List.of()));
        assertFields(Practice.CELEBRATING_ACHIEVEMENTS, tuple("shared", YES_NO, MEMBER, List.of()),
                tuple("responses_received", COUNTER, MEMBER, List.of()));
        assertFields(Practice.WALKING_THROUGH_TRIALS, tuple("asked_support", YES_NO, MEMBER, List.of()),
                tuple("offered_support", YES_NO, MEMBER, List.of()));
    }

    private void assertFields(Practice practice, org.assertj.core.groups.Tuple... expected) {
        assertThat(builtIns.get(practice).fields())
                .extracting(RecordingField::key, RecordingField::type, RecordingField::scope, RecordingField::choices)
                .containsExactly(expected);
    }
}
