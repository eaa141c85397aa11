package org.mutual.persistence.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mutual.persistence.jooq.Tables.ATTENDANCE;
import static org.mutual.persistence.jooq.Tables.HOMEWORK;
import static org.mutual.persistence.jooq.Tables.HOMEWORK_BATCH;
import static org.mutual.persistence.jooq.Tables.PLAN_ITEM;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.export.AttendanceSheet;
import org.mutual.domain.export.ClientHistory;
import org.mutual.domain.export.ExportService;
import org.mutual.domain.export.NoteExport;
import org.mutual.domain.export.PlanHandout;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.note.Addendum;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.homework.JooqClientAccounts;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.note.JooqNoteRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

/**
 * Exports through the service on both databases: who may take which file, exactly one audit entry per
 * export (allowed or denied), and one statement per export read whatever its size.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ExportServiceTest {

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    ClinicalFixture f;
    ServiceHarness h;
    QueryCounter queries = new QueryCounter();
    JooqNoteRepository notes;
    ExportService exports;
    SessionId first;
    SessionId second;
    SessionId beforeAnaJoined;
    AppUser anaUser;
    AppUser benUser;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        notes = new JooqNoteRepository(dsl);
        exports = new ExportService(new JooqExportRepository(queries.counting(dsl)), f.sessions,
                new JooqMembershipRepository(dsl), new JooqClientAccounts(dsl), h.access, h.currentUser, h.audit, ClinicalFixture.ZONE);
        // Ana, Ben and Cat joined on 1 April.
        beforeAnaJoined = held(f.session(f.tuesday, "2026-03-24T16:00:00Z"));
        first = held(f.session(f.tuesday, "2026-04-07T16:00:00Z"));
        second = held(f.session(f.tuesday, "2026-04-14T16:00:00Z"));
        anaUser = account("ana", f.ana);
        benUser = account("ben", f.ben);
    }

    @Test
    void a_facilitator_exports_the_signed_note_with_its_addenda_in_order_audited_once() {
        NoteId note = signedNote(first, "Trust grew; ñandú — «voices» €.");
        notes.addAddendum(note, new Addendum(null, "First correction", f.alice, Instant.parse("2026-04-08T09:00:00Z")));
        notes.addAddendum(note, new Addendum(null, "Second correction", f.alice, Instant.parse("2026-04-09T09:00:00Z")));
        long before = h.auditTrail.count();

        NoteExport exported = exports.sessionNote(first);

        assertThat(exported.text()).isEqualTo("Trust grew; ñandú — «voices» €.");
        assertThat(exported.groupName()).isEqualTo("Tuesday evening");
        assertThat(exported.signedBy()).isEqualTo("alice");
        assertThat(exported.signedAt()).isEqualTo(ServiceHarness.NOW);
        assertThat(exported.addenda()).extracting(NoteExport.Addendum::text, NoteExport.Addendum::author)
                .containsExactly(tuple("First correction", "alice"), tuple("Second correction", "alice"));
        assertThat(h.auditTrail.count()).isEqualTo(before + 1);
        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::outcome)
                .containsExactly("note.export", "note:" + note, AuditOutcome.ALLOWED);
    }

    @Test
    void the_note_export_is_one_statement_however_many_addenda() {
        NoteId short1 = signedNote(first, "Short");
        notes.addAddendum(short1, new Addendum(null, "One", f.alice, ServiceHarness.NOW));
        NoteId long1 = signedNote(second, "Long ".repeat(3000));
        for (int i = 0; i < 12; i++) {
            notes.addAddendum(long1, new Addendum(null, "Addendum " + i, f.alice, ServiceHarness.NOW.plusSeconds(i)));
        }

        queries.reset();
        exports.sessionNote(first);
        int one = queries.count();
        queries.reset();
        assertThat(exports.sessionNote(second).addenda()).hasSize(12);

        assertThat(one).isEqualTo(1);
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    void a_draft_never_leaves_and_nothing_is_recorded_as_exported() {
        notes.create(Note.draft(first, null, "Still a draft", f.alice, ServiceHarness.NOW));
        long before = h.auditTrail.count();

        assertThatThrownBy(() -> exports.sessionNote(first)).isInstanceOf(NotFoundException.class);
        assertThat(h.auditTrail.count()).isEqualTo(before);
    }

    @Test
    void another_therapist_an_admin_and_a_client_are_refused_every_group_export_and_each_refusal_is_audited_once() {
        signedNote(first, "Confidential");
        for (AppUser caller : new AppUser[] {h.bob, h.admin, anaUser}) {
            h.signIn(caller);
            long before = h.auditTrail.count();
            assertThatThrownBy(() -> exports.sessionNote(first)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.sessionPlan(first)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.attendance(f.tuesday)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.homeworkBoard(f.tuesday)).isInstanceOf(AccessDeniedException.class);
            assertThat(h.auditTrail.latest(0, 4)).extracting(AuditEntry::action, AuditEntry::actorName,
                    AuditEntry::outcome).containsExactly(
                    tuple("homework.export", caller.username(), AuditOutcome.DENIED),
                    tuple("attendance.export", caller.username(), AuditOutcome.DENIED),
                    tuple("plan.export", caller.username(), AuditOutcome.DENIED),
                    tuple("note.export", caller.username(), AuditOutcome.DENIED));
            assertThat(h.auditTrail.count()).isEqualTo(before + 4);
        }
    }

    @Test
    void the_handout_lists_the_plan_in_order_with_goals_and_homework_in_one_statement() {
        plan(first, 1, Practice.GIVE_AND_TAKE, 20);
        plan(first, 2, Practice.ASSERTIVENESS, 25);
        plan(first, 3, Practice.CELEBRATING_ACHIEVEMENTS, 15);

        queries.reset();
        PlanHandout handout = exports.sessionPlan(first);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(handout.items()).extracting(PlanHandout.Item::minutes).containsExactly(20, 25, 15);
        assertThat(handout.items()).allSatisfy(i -> {
            assertThat(i.goal()).isNotBlank();
            assertThat(i.steps()).isNotBlank();
        });
        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::outcome)
                .containsExactly("plan.export", first.toString(), AuditOutcome.ALLOWED);
    }

    @Test
    void the_attendance_sheet_has_a_row_per_held_session_and_member_on_its_roster() {
        mark(first, f.ana, AttendanceStatus.PRESENT);
        mark(first, f.ben, AttendanceStatus.LATE);
        mark(second, f.ana, AttendanceStatus.EXCUSED);

        queries.reset();
        AttendanceSheet sheet = exports.attendance(f.tuesday);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(sheet.rows(ZoneOffset.UTC)).extracting(AttendanceSheet.Row::session, AttendanceSheet.Row::member,
                AttendanceSheet.Row::status).containsExactly(
                tuple(first, "Ana (Ana Legal)", AttendanceStatus.PRESENT),
                tuple(first, "Ben (Ben Legal)", AttendanceStatus.LATE),
                tuple(first, "Cat (Cat Legal)", null),
                tuple(second, "Ana (Ana Legal)", AttendanceStatus.EXCUSED),
                tuple(second, "Ben (Ben Legal)", null),
                tuple(second, "Cat (Cat Legal)", null));
        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::outcome)
                .containsExactly("attendance.export", f.tuesday.toString(), AuditOutcome.ALLOWED);
    }

    @Test
    void the_homework_sheet_lists_every_piece_of_homework_by_due_date() {
        long batch = batch();
        homework(batch, f.ana, "Ask for help", LocalDate.of(2026, 4, 13), HomeworkStatus.SUBMITTED);
        homework(batch, f.ben, "Ask for help", LocalDate.of(2026, 4, 13), HomeworkStatus.ASSIGNED);

        queries.reset();
        var sheet = exports.homeworkBoard(f.tuesday);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(sheet.rows()).extracting(r -> r.member(), r -> r.title(), r -> r.status()).containsExactly(
                tuple("Ana (Ana Legal)", "Ask for help", HomeworkStatus.SUBMITTED),
                tuple("Ben (Ben Legal)", "Ask for help", HomeworkStatus.ASSIGNED));
        assertThat(sheet.rows().getFirst().submittedAt()).isNotNull();
        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly("homework.export", AuditOutcome.ALLOWED);
    }

    @Test
    void a_clients_history_covers_their_membership_and_goes_to_their_facilitator_and_to_them_alone() {
        mark(first, f.ana, AttendanceStatus.PRESENT);
        long batch = batch();
        homework(batch, f.ana, "Small experiment", LocalDate.of(2026, 4, 13), HomeworkStatus.REVIEWED);

        queries.reset();
        ClientHistory history = exports.clientHistory(f.ana);
        assertThat(queries.count()).isEqualTo(1);
        assertThat(history.name()).isEqualTo("Ana (Ana Legal)");
        // Newest first; the session before Ana joined is not hers.
        assertThat(history.attendance()).extracting(ClientHistory.Attendance::startsAt,
                ClientHistory.Attendance::status).containsExactly(
                tuple(Instant.parse("2026-04-14T16:00:00Z"), null),
                tuple(Instant.parse("2026-04-07T16:00:00Z"), AttendanceStatus.PRESENT));
        assertThat(history.homework()).extracting(ClientHistory.Homework::title, ClientHistory.Homework::status)
                .containsExactly(tuple("Small experiment", HomeworkStatus.REVIEWED));
        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::outcome)
                .containsExactly("client.history.export", f.ana.toString(), AuditOutcome.ALLOWED);

        h.signIn(anaUser);
        long before = h.auditTrail.count();
        assertThat(exports.myHistory().attendance()).hasSize(2);
        assertThat(exports.clientHistory(f.ana).homework()).hasSize(1);
        assertThat(exports.mayExportHistory(f.ana)).isTrue();
        assertThat(h.auditTrail.count()).isEqualTo(before + 2);

        for (AppUser caller : new AppUser[] {benUser, h.bob, h.admin}) {
            h.signIn(caller);
            long at = h.auditTrail.count();
            assertThat(exports.mayExportHistory(f.ana)).isFalse();
            assertThatThrownBy(() -> exports.clientHistory(f.ana)).isInstanceOf(AccessDeniedException.class);
            assertThat(h.auditTrail.count()).isEqualTo(at + 1);
            assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::actorName, AuditEntry::outcome)
                    .containsExactly("client.history.export", caller.username(), AuditOutcome.DENIED);
        }
        h.signIn(h.bob);
        assertThatThrownBy(() -> exports.myHistory()).isInstanceOf(AccessDeniedException.class);
    }

    private SessionId held(SessionId session) {
        dsl.update(THERAPY_SESSION).set(THERAPY_SESSION.STATUS, SessionStatus.HELD.name())
                .where(THERAPY_SESSION.ID.eq(session.value())).execute();
        return session;
    }

    private AppUser account(String username, ClientId client) {
        UserId id = f.data.clientAccount(username);
        new JooqClientRepository(dsl, Clock.systemUTC()).linkAccount(client, id);
        return new AppUser(id, username, username, Role.CLIENT);
    }

    private NoteId signedNote(SessionId session, String text) {
        NoteId id = notes.create(Note.draft(session, null, text, f.alice, ServiceHarness.NOW));
        Note stored = notes.findById(id).orElseThrow();
        notes.update(stored.sign(f.alice, ServiceHarness.NOW), stored.version());
        return id;
    }

    private void plan(SessionId session, int position, Practice practice, int minutes) {
        dsl.insertInto(PLAN_ITEM).set(PLAN_ITEM.SESSION_ID, session.value())
                .set(PLAN_ITEM.EXERCISE_ID, f.builtIn(practice).value())
                .set(PLAN_ITEM.POSITION, position).set(PLAN_ITEM.MINUTES, minutes).execute();
    }

    private void mark(SessionId session, ClientId client, AttendanceStatus status) {
        dsl.insertInto(ATTENDANCE).set(ATTENDANCE.SESSION_ID, session.value()).set(ATTENDANCE.CLIENT_ID, client.value())
                .set(ATTENDANCE.STATUS, status.name())
                .set(ATTENDANCE.MARKED_AT, ServiceHarness.NOW.atOffset(ZoneOffset.UTC))
                .set(ATTENDANCE.MARKED_BY, f.alice.value()).execute();
    }

    private long batch() {
        return dsl.insertInto(HOMEWORK_BATCH).set(HOMEWORK_BATCH.GROUP_ID, f.tuesday.value())
                .set(HOMEWORK_BATCH.ASSIGNED_BY, f.alice.value())
                .set(HOMEWORK_BATCH.ASSIGNED_AT, ServiceHarness.NOW.atOffset(ZoneOffset.UTC))
                .returningResult(HOMEWORK_BATCH.ID).fetchSingle(HOMEWORK_BATCH.ID);
    }

    private void homework(long batch, ClientId client, String title, LocalDate due, HomeworkStatus status) {
        var at = ServiceHarness.NOW.atOffset(ZoneOffset.UTC);
        dsl.insertInto(HOMEWORK).set(HOMEWORK.BATCH_ID, batch).set(HOMEWORK.GROUP_ID, f.tuesday.value())
                .set(HOMEWORK.CLIENT_ID, client.value()).set(HOMEWORK.TITLE, title).set(HOMEWORK.DUE_ON, due)
                .set(HOMEWORK.STATUS, status.name())
                .set(HOMEWORK.SUBMITTED_AT, status == HomeworkStatus.ASSIGNED ? null : at)
                .set(HOMEWORK.REVIEWED_AT, status == HomeworkStatus.REVIEWED ? at : null)
                .set(HOMEWORK.REVIEWED_BY, status == HomeworkStatus.REVIEWED ? f.alice.value() : null)
                .execute();
    }
}
