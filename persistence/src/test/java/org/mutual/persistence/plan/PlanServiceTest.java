package org.mutual.persistence.plan;

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
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseDraft;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.plan.PlanItem;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.plan.PlanService;
import org.mutual.domain.plan.PlanTemplateId;
import org.mutual.domain.plan.SessionPlan;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.group.JooqGroupRepository;
import org.mutual.persistence.record.JooqRecordRepository;
import org.mutual.persistence.support.TestDatabase;

/** Planning through the service: facilitators only, records protect what was done, on real repositories (H2). */
class PlanServiceTest {

    DSLContext dsl;
    ClinicalFixture f;
    ServiceHarness h;
    JooqPlanRepository plans;
    PlanService service;
    SessionId first;
    SessionId second;

    @BeforeEach
    void setUp() {
        dsl = TestDatabase.H2.dsl(TestDatabase.H2.create());
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        plans = new JooqPlanRepository(dsl, Clock.systemUTC());
        service = new PlanService(plans, f.sessions, f.exercises, h.access, h.currentUser, h.audit, h.tx);
        first = f.session(f.tuesday, "2026-05-05T16:00:00Z");
        second = f.session(f.tuesday, "2026-05-12T16:00:00Z");
    }

    @Test
    void a_facilitator_plans_a_session_with_suggested_or_own_time_boxes_and_sees_the_overrun() {
        service.add(first, f.builtIn(Practice.GIVE_AND_TAKE), null);
        service.add(first, f.builtIn(Practice.ASSERTIVENESS), 50);
        PlanItemId last = service.add(first, f.builtIn(Practice.WALKING_THROUGH_TRIALS), 30);

        service.moveUp(last);
        SessionPlan plan = service.plan(first);

        assertThat(plan.items()).extracting(PlanItem::exerciseTitle, PlanItem::minutes).containsExactly(
                tuple("Give-and-take conversation", 15), tuple("Walking together through trials", 30),
                tuple("Practising assertiveness", 50));
        assertThat(plan.totalMinutes()).isEqualTo(95);
        assertThat(plan.overrunMinutes()).isEqualTo(5);
        assertThat(h.entries()).extracting(AuditEntry::action).containsExactly("plan.add", "plan.add", "plan.add",
                "plan.move");
        assertThat(h.lastEntry().recordId()).isEqualTo("session:" + first);
    }

    @Test
    void an_admin_and_a_therapist_of_another_group_are_refused_and_the_refusals_are_audited() {
        PlanItemId item = service.add(first, f.builtIn(Practice.GIVE_AND_TAKE), null);

        h.signIn(h.admin);
        assertThatThrownBy(() -> service.plan(first)).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::outcome)
                .containsExactly("plan.read", h.admin.id(), AuditOutcome.DENIED);
        h.signIn(h.bob);
        assertThatThrownBy(() -> service.remove(item)).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::outcome)
                .containsExactly("plan.remove", f.bob, AuditOutcome.DENIED);

        assertThat(plans.items(first)).hasSize(1);
    }

    @Test
    void an_exercise_another_therapist_wrote_or_an_archived_one_can_not_be_planned() {
        ExerciseId bobs = f.exercises.create(Exercise.custom(ExerciseDraft.of(null, "Bob's", "g", "s", null, 10, null,
                Set.of(), List.of()), f.bob));
        ExerciseId archived = f.exercises.create(Exercise.custom(ExerciseDraft.of(null, "Old", "g", "s", null, 10,
                null, Set.of(), List.of()), f.alice).archive());

        assertThatThrownBy(() -> service.add(first, bobs, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.add(first, archived, null)).hasMessageContaining("plan.exercise-archived");
        assertThat(plans.items(first)).isEmpty();
    }

    @Test
    void a_planned_exercise_with_records_stays_and_its_plan_is_not_replaced() {
        service.add(first, f.builtIn(Practice.NOTICING_TRUST), null);
        PlanItemId item = service.add(second, f.builtIn(Practice.CELEBRATING_ACHIEVEMENTS), null);
        new JooqRecordRepository(dsl).setValue(item, "member:" + f.ana, "shared", "yes", f.alice, ServiceHarness.NOW);
        PlanTemplateId template = service.saveAsTemplate(first, "Trust");

        assertThatThrownBy(() -> service.remove(item)).hasMessageContaining("plan.item-has-records");
        assertThatThrownBy(() -> service.copyPrevious(second)).hasMessageContaining("plan.has-records");
        assertThatThrownBy(() -> service.applyTemplate(template, second)).hasMessageContaining("plan.has-records");

        assertThat(plans.items(second)).extracting(PlanItem::id).containsExactly(item);
    }

    @Test
    void copying_the_previous_plan_skips_a_cancelled_session() {
        service.add(first, f.builtIn(Practice.GIVE_AND_TAKE), 20);
        service.add(first, f.builtIn(Practice.SMALL_EXPERIMENTS), 25);
        f.sessions.update(f.sessions.find(second).orElseThrow().cancel("Holiday"), 0);
        SessionId third = f.session(f.tuesday, "2026-05-19T16:00:00Z");

        assertThat(service.copyPrevious(third)).isEqualTo(first);

        assertThat(service.plan(third).items()).extracting(PlanItem::exerciseTitle, PlanItem::minutes)
                .containsExactly(tuple("Give-and-take conversation", 20), tuple("Small experiments", 25));
        assertThatThrownBy(() -> service.copyPrevious(first)).hasMessageContaining("plan.no-previous");
        assertThatThrownBy(() -> service.add(second, f.builtIn(Practice.GIVE_AND_TAKE), null))
                .hasMessageContaining("session.already-cancelled");
    }

    @Test
    void a_template_is_its_owners_own() {
        service.add(first, f.builtIn(Practice.GIVE_AND_TAKE), 20);
        PlanTemplateId template = service.saveAsTemplate(first, "Opening");
        service.applyTemplate(template, second);
        assertThat(service.plan(second).totalMinutes()).isEqualTo(20);
        assertThat(service.templates()).extracting(t -> t.name()).containsExactly("Opening");

        new JooqGroupRepository(dsl, Clock.systemUTC()).addFacilitator(f.tuesday, f.bob);
        h.signIn(h.bob);
        assertThat(service.templates()).isEmpty();
        assertThatThrownBy(() -> service.applyTemplate(template, first)).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly("plan.template.apply", AuditOutcome.DENIED);
    }
}
