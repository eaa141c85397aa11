package org.mutual.persistence.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutual.persistence.jooq.Tables.EXERCISE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.exercise.BuiltInPractices;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseDraft;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseQuery;
import org.mutual.domain.exercise.FieldType;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.Occurrence;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.plan.JooqPlanRepository;
import org.mutual.persistence.record.JooqRecordRepository;
import org.mutual.persistence.session.JooqSessionRepository;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ExerciseRepositoryTest {

    static final RecordingField MOOD = RecordingField.member("mood", "Mood", FieldType.SCALE_0_10);
    static final RecordingField ANSWER = RecordingField.member("answer", "Answer", FieldType.CHOICE, "yes", "maybe",
            "no");

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqExerciseRepository exercises;
    TestData data;
    UserId alice;
    UserId bob;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        exercises = new JooqExerciseRepository(queries.counting(dsl), Clock.systemUTC());
        data = new TestData(dsl);
        alice = data.therapist("alice");
        bob = data.therapist("bob");
    }

    static Exercise custom(String title, int minutes, UserId owner, Set<BarrierPattern> helps,
                           List<RecordingField> fields) {
        return Exercise.custom(ExerciseDraft.of(null, title, "Goal of " + title, "One step\nAnother step",
                "A prompt", minutes, "Try it at home", helps, fields), owner);
    }

    static Exercise withId(Exercise e, ExerciseId id, int version) {
        return new Exercise(id, e.practice(), e.title(), e.goal(), e.steps(), e.prompts(), e.suggestedMinutes(),
                e.homeworkVariant(), e.helps(), e.fields(), e.builtIn(), e.owner(), e.archived(), version);
    }

    @Test
    void seeding_the_built_ins_twice_stores_eight_exercises() {
        assertThat(exercises.seedBuiltIns(BuiltInPractices.all())).isEqualTo(8);
        assertThat(exercises.seedBuiltIns(BuiltInPractices.all())).isZero();

        assertThat(dsl.fetchCount(EXERCISE)).isEqualTo(8);
        assertThat(exercises.count(ExerciseQuery.visibleTo(alice))).isEqualTo(8);
    }

    @Test
    void a_built_in_reads_back_with_its_patterns_fields_and_choices_in_order() {
        exercises.seedBuiltIns(BuiltInPractices.all());

        List<Exercise> library = exercises.search(new ExerciseQuery(null, Practice.ASSERTIVENESS, null, null, alice,
                false), 0, 10);

        Exercise expected = BuiltInPractices.all().get(Practice.ASSERTIVENESS.ordinal());
        assertThat(library).singleElement().satisfies(e -> {
            assertThat(e).isEqualTo(withId(expected, e.id(), 0));
            assertThat(e.field("reaction_to_no").orElseThrow().choices())
                    .containsExactly("accepted", "re-asked", "ultimatum", "withdrew");
        });
    }

    @Test
    void a_custom_exercise_reads_back_as_it_was_created() {
        Exercise created = custom("Check-in", 10, alice, Set.of(BarrierPattern.CARETAKING,
                BarrierPattern.INTENSITY_SEEKING), List.of(MOOD, ANSWER));

        ExerciseId id = exercises.create(created);

        assertThat(exercises.find(id)).contains(withId(created, id, 0));
        assertThat(exercises.find(new ExerciseId(999))).isEmpty();
        assertThat(exercises.findAll(List.of(id, new ExerciseId(999)))).extracting(Exercise::id).containsExactly(id);
    }

    @Test
    void update_replaces_texts_patterns_and_fields_and_increments_the_version() {
        ExerciseId id = exercises.create(custom("Check-in", 10, alice, Set.of(BarrierPattern.CARETAKING),
                List.of(MOOD)));
        Exercise read = exercises.find(id).orElseThrow();
        ExerciseDraft draft = ExerciseDraft.of(Practice.GIVE_AND_TAKE, "Arrival round", "New goal", "Step", null, 20,
                null, Set.of(BarrierPattern.SELF_SUFFICIENCY), List.of(ANSWER, MOOD));

        exercises.update(read.withDetails(draft, false).archive(), 0);

        Exercise stored = exercises.find(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Arrival round");
        assertThat(stored.practice()).isEqualTo(Practice.GIVE_AND_TAKE);
        assertThat(stored.prompts()).isNull();
        assertThat(stored.helps()).containsExactly(BarrierPattern.SELF_SUFFICIENCY);
        assertThat(stored.fields()).containsExactly(ANSWER, MOOD);
        assertThat(stored.archived()).isTrue();
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void update_with_a_stale_version_is_refused_and_changes_nothing() {
        ExerciseId id = exercises.create(custom("Check-in", 10, alice, Set.of(), List.of(MOOD)));
        Exercise read = exercises.find(id).orElseThrow();
        exercises.update(read.withFields(List.of(MOOD, ANSWER), false), 0);

        assertThatThrownBy(() -> exercises.update(read.archive(), 0)).isInstanceOf(ConcurrentEditException.class);

        Exercise stored = exercises.find(id).orElseThrow();
        assertThat(stored.archived()).isFalse();
        assertThat(stored.fields()).containsExactly(MOOD, ANSWER);
        assertThat(stored.version()).isEqualTo(1);
        assertThatThrownBy(() -> exercises.update(withId(read, new ExerciseId(999), 0), 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_library_shows_built_ins_and_the_viewers_own_exercises_filtered_and_paged_in_one_query() {
        exercises.seedBuiltIns(BuiltInPractices.all());
        ExerciseId mine = exercises.create(custom("Quiet check-in", 5, alice, Set.of(BarrierPattern.CARETAKING),
                List.of(MOOD)));
        ExerciseId archived = exercises.create(custom("Old check-in", 5, alice, Set.of(), List.of()));
        exercises.update(exercises.find(archived).orElseThrow().archive(), 0);
        ExerciseId bobs = exercises.create(custom("Bob's check-in", 5, bob, Set.of(), List.of()));
        queries.reset();

        List<Exercise> page = exercises.search(ExerciseQuery.visibleTo(alice), 0, 5);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(page).hasSize(5).allMatch(Exercise::builtIn);
        assertThat(exercises.search(ExerciseQuery.visibleTo(alice), 5, 5)).extracting(Exercise::title)
                .containsExactly("Practising assertiveness", "Small experiments", "Walking together through trials",
                        "Quiet check-in");
        assertThat(exercises.count(ExerciseQuery.visibleTo(alice))).isEqualTo(9);
        assertThat(ids(new ExerciseQuery(null, null, null, null, alice, true))).contains(mine, archived)
                .doesNotContain(bobs);
        assertThat(ids(new ExerciseQuery("CHECK-in", null, null, null, alice, false))).containsExactly(mine);
        assertThat(ids(new ExerciseQuery("check", null, null, null, bob, true))).containsExactly(bobs);
        assertThat(ids(new ExerciseQuery("100%", null, null, null, alice, true))).isEmpty();
        assertThat(exercises.search(new ExerciseQuery(null, null, BarrierPattern.INTENSITY_SEEKING, 15, alice, false),
                0, 20)).extracting(Exercise::practice)
                .containsExactly(Practice.NOTICING_TRUST);
        assertThat(exercises.count(new ExerciseQuery(null, null, null, 5, alice, false))).isEqualTo(1);
        assertThat(exercises.count(new ExerciseQuery(null, Practice.MATCHING_DISCLOSURE, null, null, bob, false)))
                .isEqualTo(1);
        // A search in another language: the built-ins whose translated texts match come too, mine by its own text.
        ExerciseQuery spanish = new ExerciseQuery("check", null, null, null, alice, false,
                Set.of(Practice.GIVE_AND_TAKE));
        assertThat(exercises.search(spanish, 0, 20)).extracting(Exercise::title)
                .containsExactlyInAnyOrder("Give-and-take conversation", "Quiet check-in");
        assertThat(exercises.count(spanish)).isEqualTo(2);
    }

    @Test
    void fields_are_in_use_once_a_value_is_recorded_for_the_exercise_in_any_session() {
        ExerciseId id = exercises.create(custom("Check-in", 10, alice, Set.of(), List.of(MOOD)));
        ExerciseId other = exercises.create(custom("Other", 10, alice, Set.of(), List.of(MOOD)));
        SessionId session = new JooqSessionRepository(dsl).createAll(data.group("Tuesday", alice), null,
                List.of(new Occurrence(LocalDate.of(2026, 5, 5), Instant.parse("2026-05-05T16:00:00Z"),
                        Instant.parse("2026-05-05T17:30:00Z"))), SessionLocation.of("Room 2", null)).getFirst();
        JooqPlanRepository plans = new JooqPlanRepository(dsl, Clock.systemUTC());
        PlanItemId item = plans.add(session, id, 10);
        plans.add(session, other, 10);
        assertThat(exercises.fieldsInUse(id)).isFalse();

        new JooqRecordRepository(dsl).setValue(item, "member:1", "mood", "5", alice, Instant.now());

        assertThat(exercises.fieldsInUse(id)).isTrue();
        assertThat(exercises.fieldsInUse(other)).isFalse();
    }

    private List<ExerciseId> ids(ExerciseQuery query) {
        return exercises.search(query, 0, 50).stream().map(Exercise::id).toList();
    }
}
