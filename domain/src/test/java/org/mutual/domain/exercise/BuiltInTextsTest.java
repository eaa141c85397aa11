package org.mutual.domain.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.user.UserId;

class BuiltInTextsTest {

    static final Locale SPANISH = Locale.of("es");

    @Test
    void the_spanish_bundle_has_every_text_of_every_built_in_exercise_and_nothing_else() throws IOException {
        Properties es = new Properties();
        try (InputStream in = BuiltInTexts.class.getResourceAsStream("BuiltInExercises_es.properties")) {
            es.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(new TreeSet<>(es.stringPropertyNames())).isEqualTo(BuiltInTexts.keys());
        assertThat(es.stringPropertyNames()).filteredOn(k -> es.getProperty(k).isBlank()).isEmpty();
        // English is the stored text itself: every key has an English original that is not blank.
        for (Exercise e : BuiltInPractices.all()) {
            assertThat(List.of(e.title(), e.goal(), e.steps(), e.prompts(), e.homeworkVariant())).allMatch(t -> !t.isBlank());
        }
    }

    @Test
    void every_built_in_exercise_reads_in_spanish_with_as_many_steps_and_prompts() {
        for (Exercise english : BuiltInPractices.all()) {
            Exercise spanish = BuiltInTexts.in(SPANISH, english);
            assertThat(spanish.title()).isNotEqualTo(english.title());
            assertThat(spanish.goal()).isNotEqualTo(english.goal());
            assertThat(spanish.homeworkVariant()).isNotEqualTo(english.homeworkVariant());
            assertThat(spanish.steps().lines().count()).isEqualTo(english.steps().lines().count());
            assertThat(spanish.prompts().lines().count()).isEqualTo(english.prompts().lines().count());
            for (int i = 0; i < english.fields().size(); i++) {
                RecordingField was = english.fields().get(i);
                RecordingField now = spanish.fields().get(i);
                assertThat(now.label()).isNotEqualTo(was.label());
                // What is stored in records stays the same in every language.
                assertThat(now.key()).isEqualTo(was.key());
                assertThat(now.choices()).isEqualTo(was.choices());
                if (!was.choices().isEmpty()) {
                    // Each stored choice has its own Spanish label ("no" happens to be the same word).
                    assertThat(was.choices().stream().map(c -> BuiltInTexts.choice(SPANISH, english, was.key(), c))
                            .filter(label -> !was.choices().contains(label))).isNotEmpty();
                }
            }
            assertThat(spanish.practice()).isEqualTo(english.practice());
            assertThat(BuiltInTexts.in(Locale.ENGLISH, english)).isEqualTo(english);
            assertThat(BuiltInTexts.in(Locale.GERMAN, english)).isEqualTo(english);
        }
    }

    @Test
    void stored_titles_and_copied_prompts_of_built_ins_are_recognised() {
        Exercise assertiveness = BuiltInPractices.assertiveness();
        assertThat(BuiltInTexts.title(SPANISH, "Practising assertiveness")).isEqualTo("Practicar la asertividad");
        assertThat(BuiltInTexts.title(SPANISH, "My own warm-up")).isEqualTo("My own warm-up");
        List<RecordingField> prompts = BuiltInTexts.fields(SPANISH, assertiveness.fields());
        assertThat(prompts).extracting(RecordingField::label)
                .containsExactly("Hizo la petición", "Respuesta", "Reacción ante un no", "Comodidad (0-10)");
        assertThat(BuiltInTexts.choice(SPANISH, assertiveness.fields().get(2), "re-asked")).isEqualTo("volvió a pedirlo");
        assertThat(BuiltInTexts.choice(SPANISH, assertiveness, "response", "yes")).isEqualTo("sí");
        assertThat(BuiltInTexts.choice(SPANISH, BuiltInPractices.smallExperiments(), "response", "no answer"))
                .isEqualTo("sin respuesta");
    }

    @Test
    void a_therapists_own_exercise_stays_as_written() {
        Exercise own = Exercise.custom(ExerciseDraft.of(null, "Practising assertiveness", "My goal", "One\nTwo",
                "Why?", 10, "At home", Set.of(BarrierPattern.CARETAKING), List.of()), new UserId(7L));
        assertThat(BuiltInTexts.in(SPANISH, own)).isEqualTo(own);
        RecordingField renamed = RecordingField.member("response", "Their answer", FieldType.CHOICE, "yes", "no");
        assertThat(BuiltInTexts.fields(SPANISH, List.of(renamed))).containsExactly(renamed);
    }

    @Test
    void a_spanish_search_finds_the_built_in_exercises_by_their_spanish_texts_whatever_the_accents() {
        assertThat(BuiltInTexts.matching(SPANISH, "conversacion")).containsExactly(Practice.GIVE_AND_TAKE);
        assertThat(BuiltInTexts.matching(SPANISH, "  CONVERSACIÓN ")).containsExactly(Practice.GIVE_AND_TAKE);
        assertThat(BuiltInTexts.matching(SPANISH, "asertividad")).containsExactly(Practice.ASSERTIVENESS);
        assertThat(BuiltInTexts.matching(SPANISH, "no-such-text")).isEmpty();
        assertThat(BuiltInTexts.matching(SPANISH, " ")).isEmpty();
        assertThat(BuiltInTexts.matching(Locale.ENGLISH, "conversation")).as("English is searched in the database")
                .isEmpty();
    }
}
