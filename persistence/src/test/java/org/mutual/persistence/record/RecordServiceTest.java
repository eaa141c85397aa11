package org.mutual.persistence.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.record.Disclosure;
import org.mutual.domain.record.ExerciseRecord;
import org.mutual.domain.record.GiveAndTake;
import org.mutual.domain.record.RecordService;
import org.mutual.domain.record.SessionRecords;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.attendance.JooqAttendanceRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.JooqPlanRepository;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

/** Live recording through the service: field rules, who counts as present, and clinical access, on H2. */
class RecordServiceTest {

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    ClinicalFixture f;
    ServiceHarness h;
    JooqPlanRepository plans;
    JooqAttendanceRepository attendance;
    RecordService service;
    SessionId tuesday;
    PlanItemId conversation;
    PlanItemId disclosure;
    PlanItemId experiments;
    ClientId dan;

    @BeforeEach
    void setUp() {
        dsl = TestDatabase.H2.dsl(TestDatabase.H2.create());
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        DSLContext counted = queries.counting(dsl);
        plans = new JooqPlanRepository(counted, Clock.systemUTC());
        attendance = new JooqAttendanceRepository(counted);
        service = new RecordService(new JooqRecordRepository(counted), f.sessions, attendance, h.access, h.audit, h.tx,
                h.clock, ClinicalFixture.ZONE);
        tuesday = f.session(f.tuesday, "2026-05-05T16:00:00Z");
        conversation = plans.add(tuesday, f.builtIn(Practice.GIVE_AND_TAKE), 15);
        disclosure = plans.add(tuesday, f.builtIn(Practice.MATCHING_DISCLOSURE), 20);
        experiments = plans.add(tuesday, f.builtIn(Practice.SMALL_EXPERIMENTS), 20);
        dan = f.data.client("Dan");
    }

    static String member(ClientId client) {
        return "member:" + client;
    }

    static String key(ValidationException e) {
        return e.errors().getFirst().messageKey();
    }

    ExerciseRecord recordOf(SessionRecords records, PlanItemId item) {
        return records.records().stream().filter(r -> r.planItem().id().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void a_facilitator_records_with_taps_and_every_write_and_read_is_audited() {
        String pair = "pair:" + f.ana + "-" + f.ben;
        service.increment(conversation, pair, "turns_a", 1);
        service.increment(conversation, pair, "turns_a", 1);
        service.increment(conversation, pair, "turns_b", 4);
        service.addTurn(disclosure, f.ana, 1);
        service.addTurn(disclosure, f.ben, 4);
        service.setValue(experiments, member(f.cat), "response", "willing");
        service.setValue(experiments, member(f.cat), "felt", " 07 ");
        int version = service.setObservation(experiments, "Cat asked for a lift home.", 0);

        SessionRecords records = service.read(tuesday);

        ExerciseRecord talk = recordOf(records, conversation);
        assertThat(GiveAndTake.balance(Integer.parseInt(talk.value(pair, "turns_a").orElseThrow()),
                Integer.parseInt(talk.value(pair, "turns_b").orElseThrow()))).isEqualTo(0.5);
        assertThat(Disclosure.mismatches(recordOf(records, disclosure).turns("depth"))).containsExactly(1);
        assertThat(recordOf(records, experiments)).satisfies(r -> {
            assertThat(r.value(member(f.cat), "felt")).contains("7");
            assertThat(r.observation()).isEqualTo("Cat asked for a lift home.");
            assertThat(r.version()).isEqualTo(version).isEqualTo(1);
        });
        assertThat(records.present()).containsExactlyInAnyOrder(f.ana, f.ben, f.cat);
        assertThat(records.exercises()).containsOnlyKeys(f.builtIn(Practice.GIVE_AND_TAKE),
                f.builtIn(Practice.MATCHING_DISCLOSURE), f.builtIn(Practice.SMALL_EXPERIMENTS));
        assertThat(h.entries()).hasSize(9).extracting(AuditEntry::action, AuditEntry::recordId).startsWith(
                tuple("record.write", "planitem:" + conversation)).endsWith(
                tuple("record.write", "planitem:" + experiments), tuple("record.read", "session:" + tuesday));
        assertThat(h.entries()).extracting(AuditEntry::outcome).containsOnly(AuditOutcome.ALLOWED);
    }

    @Test
    void a_value_that_does_not_fit_its_field_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> service.setValue(experiments, member(f.ana), "felt", "11"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(key(e)).isEqualTo("record.value.invalid"));
        assertThatThrownBy(() -> service.setValue(experiments, member(f.ana), "response", "reluctant"))
                .hasMessageContaining("record.value.invalid");
        assertThatThrownBy(() -> service.setValue(experiments, member(f.ana), "mood", "3"))
                .hasMessageContaining("record.field.unknown");
        assertThatThrownBy(() -> service.setValue(conversation, member(f.ana), "turns_a", "3"))
                .hasMessageContaining("record.subject.scope");
        assertThatThrownBy(() -> service.setValue(disclosure, "turn:1:" + f.ana, "depth", "3"))
                .hasMessageContaining("record.subject.scope");
        assertThatThrownBy(() -> service.setValue(experiments, "member:x", "felt", "3"))
                .hasMessageContaining("record.subject.invalid");
        assertThatThrownBy(() -> service.increment(experiments, member(f.ana), "felt", 1))
                .hasMessageContaining("record.field.not-counter");
        assertThatThrownBy(() -> service.addTurn(experiments, f.ana, 3)).hasMessageContaining("record.field.no-turns");
        assertThatThrownBy(() -> service.addTurn(disclosure, f.ana, 6)).hasMessageContaining("record.value.invalid");

        assertThat(service.read(tuesday).records()).allSatisfy(r -> assertThat(r.values()).isEmpty());
        assertThat(h.entries()).extracting(AuditEntry::action).containsExactly("record.read");
    }

    @Test
    void only_members_present_count_once_attendance_is_taken_and_everyone_on_the_roster_before() {
        assertThatThrownBy(() -> service.setValue(experiments, member(dan), "felt", "5"))
                .hasMessageContaining("record.member-not-present");
        service.setValue(experiments, member(f.cat), "felt", "5");

        attendance.mark(tuesday, f.ana, AttendanceStatus.PRESENT, f.alice, ServiceHarness.NOW);
        attendance.mark(tuesday, f.ben, AttendanceStatus.LATE, f.alice, ServiceHarness.NOW);
        attendance.mark(tuesday, f.cat, AttendanceStatus.ABSENT, f.alice, ServiceHarness.NOW);

        assertThatThrownBy(() -> service.setValue(experiments, member(f.cat), "felt", "6"))
                .hasMessageContaining("record.member-not-present");
        assertThatThrownBy(() -> service.increment(conversation, "pair:" + f.ana + "-" + f.cat, "turns_a", 1))
                .hasMessageContaining("record.member-not-present");
        assertThatThrownBy(() -> service.addTurn(disclosure, f.cat, 2)).hasMessageContaining("record.member-not-present");
        service.increment(conversation, "pair:" + f.ana + "-" + f.ben, "turns_a", 1);
        assertThat(service.read(tuesday).present()).containsExactlyInAnyOrder(f.ana, f.ben);
    }

    @Test
    void an_admin_who_does_not_facilitate_the_group_is_refused_records_and_the_refusal_is_audited() {
        h.signIn(h.admin);

        assertThatThrownBy(() -> service.read(tuesday)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setValue(experiments, member(f.ana), "felt", "5"))
                .isInstanceOf(AccessDeniedException.class);
        h.signIn(h.bob);
        assertThatThrownBy(() -> service.addTurn(disclosure, f.ana, 2)).isInstanceOf(AccessDeniedException.class);

        assertThat(h.entries()).extracting(AuditEntry::action, AuditEntry::actorName, AuditEntry::recordId,
                AuditEntry::outcome).containsExactly(
                tuple("record.read", "admin", "session:" + tuesday, AuditOutcome.DENIED),
                tuple("record.write", "admin", "planitem:" + experiments, AuditOutcome.DENIED),
                tuple("record.write", "bob", "planitem:" + disclosure, AuditOutcome.DENIED));
        h.signIn(h.alice);
        assertThat(service.read(tuesday).records()).allSatisfy(r -> assertThat(r.values()).isEmpty());
    }

    @Test
    void the_record_tab_costs_the_same_number_of_queries_however_long_the_plan_and_however_much_was_recorded() {
        SessionId short_ = f.session(f.tuesday, "2026-05-12T16:00:00Z");
        plans.add(short_, f.builtIn(Practice.GIVE_AND_TAKE), 15);
        service.addTurn(disclosure, f.ana, 1);
        service.addTurn(disclosure, f.ben, 2);
        service.setValue(experiments, member(f.cat), "felt", "5");
        queries.reset();
        service.read(short_);
        int forOneItem = queries.count();
        queries.reset();

        service.read(tuesday);

        assertThat(queries.count()).isEqualTo(forOneItem);
    }
}
