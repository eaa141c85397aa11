package org.mutual.persistence.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseDraft;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.exercise.FieldType;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.Language;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.JooqPlanRepository;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.record.JooqRecordRepository;
import org.mutual.persistence.support.TestDatabase;

/** The library's access rules and the fields-in-use rule, on real repositories (H2). */
class ExerciseServiceTest {

    static final RecordingField MOOD = RecordingField.member("mood", "Mood", FieldType.SCALE_0_10);
    static final RecordingField SPOKE = RecordingField.member("spoke", "Spoke up", FieldType.YES_NO);

    DSLContext dsl;
    ClinicalFixture f;
    ServiceHarness h;
    ExerciseService service;

    @BeforeEach
    void setUp() {
        dsl = TestDatabase.H2.dsl(TestDatabase.H2.create());
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        service = new ExerciseService(f.exercises, h.currentUser, h.audit, h.tx);
    }

    static ExerciseDraft draft(String title, List<RecordingField> fields) {
        return ExerciseDraft.of(null, title, "A goal", "A step", null, 10, null, Set.of(), fields);
    }

    @Test
    void a_therapist_writes_and_duplicates_exercises_and_each_write_is_audited() {
        ExerciseId own = service.create(draft("Check-in", List.of(MOOD)));
        ExerciseId copy = service.duplicate(f.builtIn(Practice.ASSERTIVENESS));

        assertThat(service.get(own).owner()).isEqualTo(f.alice);
        assertThat(service.get(copy)).satisfies(e -> {
            assertThat(e.builtIn()).isFalse();
            assertThat(e.owner()).isEqualTo(f.alice);
            assertThat(e.title()).isEqualTo("Practising assertiveness");
        });
        assertThat(h.entries()).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::outcome)
                .containsExactly(tuple("exercise.create", own.toString(), AuditOutcome.ALLOWED),
                        tuple("exercise.duplicate", copy.toString(), AuditOutcome.ALLOWED));
        assertThat(service.count(Language.ENGLISH, null, null, null, null, false)).isEqualTo(10);
    }

    @Test
    void another_therapists_exercise_is_neither_visible_nor_changeable_and_the_refusal_is_audited() {
        ExerciseId own = service.create(draft("Check-in", List.of(MOOD)));
        h.signIn(h.bob);

        assertThatThrownBy(() -> service.get(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.archive(own, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.duplicate(own)).isInstanceOf(AccessDeniedException.class);

        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::outcome)
                .containsExactly("exercise.duplicate", f.bob, AuditOutcome.DENIED);
        assertThat(f.exercises.find(own).orElseThrow().archived()).isFalse();
        assertThat(service.search(Language.ENGLISH, null, null, null, null, true, 0, 50)).extracting(Exercise::id).doesNotContain(own);
    }

    @Test
    void an_admin_is_refused_the_library_and_the_refusal_is_audited() {
        h.signIn(h.admin);

        assertThatThrownBy(() -> service.create(draft("Check-in", List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(Language.ENGLISH, null, null, null, null, false)).isInstanceOf(AccessDeniedException.class);

        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly("exercise.read", AuditOutcome.DENIED);
    }

    @Test
    void built_in_exercises_can_not_be_changed_or_archived() {
        ExerciseId builtIn = f.builtIn(Practice.GIVE_AND_TAKE);

        assertThatThrownBy(() -> service.archive(builtIn, 0)).hasMessageContaining("exercise.built-in");
        assertThatThrownBy(() -> service.update(builtIn, draft("Mine now", List.of()), 0))
                .hasMessageContaining("exercise.built-in");

        assertThat(f.exercises.find(builtIn).orElseThrow().title()).isEqualTo("Give-and-take conversation");
    }

    @Test
    void a_custom_exercises_fields_are_frozen_once_a_session_recorded_them() {
        ExerciseId own = service.create(draft("Check-in", List.of(MOOD)));
        service.update(own, draft("Check-in", List.of(MOOD, SPOKE)), 0);
        SessionId session = f.session(f.tuesday, "2026-05-05T16:00:00Z");
        PlanItemId item = new JooqPlanRepository(dsl, Clock.systemUTC()).add(session, own, 10);
        new JooqRecordRepository(dsl).setValue(item, "member:" + f.ana, "mood", "6", f.alice, ServiceHarness.NOW);

        assertThat(service.fieldsInUse(own)).isTrue();
        assertThatThrownBy(() -> service.update(own, draft("Check-in", List.of(MOOD)), 1))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.byField().get("fields").messageKey()).isEqualTo("exercise.fields-in-use"));
        service.update(own, draft("Arrival round", List.of(MOOD, SPOKE)), 1);

        assertThat(service.get(own)).extracting(Exercise::title, Exercise::fields, Exercise::version)
                .containsExactly("Arrival round", List.of(MOOD, SPOKE), 2);
    }
}
