package org.mutual.persistence.export;

import static org.mutual.persistence.jooq.Tables.APP_USER;
import static org.mutual.persistence.jooq.Tables.ATTENDANCE;
import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.EXERCISE;
import static org.mutual.persistence.jooq.Tables.HOMEWORK;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.NOTE_ADDENDUM;
import static org.mutual.persistence.jooq.Tables.PLAN_ITEM;
import static org.mutual.persistence.jooq.Tables.SESSION_NOTE;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.export.AttendanceSheet;
import org.mutual.domain.export.ClientHistory;
import org.mutual.domain.export.ExportRepository;
import org.mutual.domain.export.HomeworkSheet;
import org.mutual.domain.export.NoteExport;
import org.mutual.domain.export.PlanHandout;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.note.NoteId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.jooq.tables.AppUser;
import org.springframework.stereotype.Repository;

@Repository
public class JooqExportRepository implements ExportRepository {

    /** Group note key: see the client_key column in V5. */
    private static final long GROUP_NOTE = 0L;

    private final DSLContext dsl;

    public JooqExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<NoteExport> groupNote(SessionId session) {
        AppUser signer = APP_USER.as("signer");
        AppUser author = APP_USER.as("author");
        Field<List<NoteExport.Addendum>> addenda = DSL.multiset(
                        DSL.select(NOTE_ADDENDUM.TEXT, author.DISPLAY_NAME, NOTE_ADDENDUM.ADDED_AT)
                                .from(NOTE_ADDENDUM)
                                .join(author).on(author.ID.eq(NOTE_ADDENDUM.AUTHOR_ID))
                                .where(NOTE_ADDENDUM.NOTE_ID.eq(SESSION_NOTE.ID))
                                .orderBy(NOTE_ADDENDUM.ADDED_AT, NOTE_ADDENDUM.ID))
                .convertFrom(rows -> rows.map(r -> new NoteExport.Addendum(r.value1(), r.value2(),
                        Timestamps.fromDb(r.value3()))));
        return dsl.select(THERAPY_SESSION.GROUP_ID, THERAPY_GROUP.NAME, THERAPY_SESSION.STARTS_AT,
                        THERAPY_SESSION.ENDS_AT, SESSION_NOTE.ID, SESSION_NOTE.TEXT, signer.DISPLAY_NAME,
                        SESSION_NOTE.SIGNED_AT, addenda)
                .from(SESSION_NOTE)
                .join(THERAPY_SESSION).on(THERAPY_SESSION.ID.eq(SESSION_NOTE.SESSION_ID))
                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(THERAPY_SESSION.GROUP_ID))
                .leftJoin(signer).on(signer.ID.eq(SESSION_NOTE.SIGNED_BY))
                .where(SESSION_NOTE.SESSION_ID.eq(session.value()))
                .and(SESSION_NOTE.CLIENT_KEY.eq(GROUP_NOTE))
                .fetchOptional(r -> new NoteExport(session, new GroupId(r.value1()), r.value2(),
                        Timestamps.fromDb(r.value3()), Timestamps.fromDb(r.value4()), new NoteId(r.value5()),
                        r.value6(), r.value7(), Timestamps.fromDb(r.value8()), r.value9()));
    }

    @Override
    public Optional<PlanHandout> handout(SessionId session) {
        Field<List<PlanHandout.Item>> items = DSL.multiset(
                        DSL.select(EXERCISE.TITLE, EXERCISE.GOAL, EXERCISE.STEPS, EXERCISE.PROMPTS, PLAN_ITEM.MINUTES,
                                        EXERCISE.HOMEWORK_VARIANT)
                                .from(PLAN_ITEM)
                                .join(EXERCISE).on(EXERCISE.ID.eq(PLAN_ITEM.EXERCISE_ID))
                                .where(PLAN_ITEM.SESSION_ID.eq(THERAPY_SESSION.ID))
                                .orderBy(PLAN_ITEM.POSITION, PLAN_ITEM.ID))
                .convertFrom(rows -> rows.map(r -> new PlanHandout.Item(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6())));
        return dsl.select(THERAPY_GROUP.NAME, THERAPY_GROUP.FOCUS, THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ENDS_AT,
                        items)
                .from(THERAPY_SESSION)
                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(THERAPY_SESSION.GROUP_ID))
                .where(THERAPY_SESSION.ID.eq(session.value()))
                .fetchOptional(r -> new PlanHandout(session, r.value1(), r.value2(), Timestamps.fromDb(r.value3()),
                        Timestamps.fromDb(r.value4()), r.value5()));
    }

    @Override
    public Optional<ClientHistory> history(ClientId client, Collection<GroupId> groups) {
        List<Long> groupIds = groups.stream().map(GroupId::value).toList();
        Field<List<ClientHistory.Attendance>> attendance = DSL.multiset(
                        DSL.select(THERAPY_SESSION.GROUP_ID, THERAPY_GROUP.NAME, THERAPY_SESSION.STARTS_AT,
                                        ATTENDANCE.STATUS)
                                .from(THERAPY_SESSION)
                                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(THERAPY_SESSION.GROUP_ID))
                                .leftJoin(ATTENDANCE).on(ATTENDANCE.SESSION_ID.eq(THERAPY_SESSION.ID)
                                        .and(ATTENDANCE.CLIENT_ID.eq(CLIENT.ID)))
                                .where(THERAPY_SESSION.GROUP_ID.in(groupIds))
                                .and(THERAPY_SESSION.STATUS.eq(SessionStatus.HELD.name()))
                                .orderBy(THERAPY_SESSION.STARTS_AT.desc(), THERAPY_SESSION.ID.desc()))
                .convertFrom(rows -> rows.map(r -> new ClientHistory.Attendance(new GroupId(r.value1()), r.value2(),
                        Timestamps.fromDb(r.value3()), r.value4() == null ? null : AttendanceStatus.valueOf(r.value4()))));
        Field<List<ClientHistory.Homework>> homework = DSL.multiset(
                        DSL.select(HOMEWORK.GROUP_ID, THERAPY_GROUP.NAME, HOMEWORK.TITLE, HOMEWORK.DUE_ON,
                                        HOMEWORK.STATUS)
                                .from(HOMEWORK)
                                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(HOMEWORK.GROUP_ID))
                                .where(HOMEWORK.CLIENT_ID.eq(CLIENT.ID))
                                .and(HOMEWORK.GROUP_ID.in(groupIds))
                                .orderBy(HOMEWORK.DUE_ON.desc(), HOMEWORK.ID.desc()))
                .convertFrom(rows -> rows.map(r -> new ClientHistory.Homework(new GroupId(r.value1()), r.value2(),
                        r.value3(), r.value4(), HomeworkStatus.valueOf(r.value5()))));
        return dsl.select(CLIENT.PREFERRED_NAME, CLIENT.LEGAL_NAME, attendance, homework)
                .from(CLIENT)
                .where(CLIENT.ID.eq(client.value()))
                .fetchOptional(r -> new ClientHistory(client, fullName(r.value1(), r.value2()), r.value3(),
                        r.value4()));
    }

    @Override
    public Optional<AttendanceSheet> attendance(GroupId group) {
        Field<Map<ClientId, AttendanceStatus>> marks = DSL.multiset(
                        DSL.select(ATTENDANCE.CLIENT_ID, ATTENDANCE.STATUS)
                                .from(ATTENDANCE)
                                .where(ATTENDANCE.SESSION_ID.eq(THERAPY_SESSION.ID)))
                .convertFrom(rows -> rows.stream().collect(Collectors.toMap(r -> new ClientId(r.value1()),
                        r -> AttendanceStatus.valueOf(r.value2()))));
        Field<List<AttendanceSheet.HeldSession>> sessions = DSL.multiset(
                        DSL.select(THERAPY_SESSION.ID, THERAPY_SESSION.STARTS_AT, marks)
                                .from(THERAPY_SESSION)
                                .where(THERAPY_SESSION.GROUP_ID.eq(THERAPY_GROUP.ID))
                                .and(THERAPY_SESSION.STATUS.eq(SessionStatus.HELD.name()))
                                .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID))
                .convertFrom(rows -> rows.map(r -> new AttendanceSheet.HeldSession(new SessionId(r.value1()),
                        Timestamps.fromDb(r.value2()), r.value3())));
        Field<List<AttendanceSheet.Member>> members = DSL.multiset(
                        DSL.select(MEMBERSHIP.CLIENT_ID, CLIENT.PREFERRED_NAME, CLIENT.LEGAL_NAME, MEMBERSHIP.JOINED_ON,
                                        MEMBERSHIP.LEFT_ON)
                                .from(MEMBERSHIP)
                                .join(CLIENT).on(CLIENT.ID.eq(MEMBERSHIP.CLIENT_ID))
                                .where(MEMBERSHIP.GROUP_ID.eq(THERAPY_GROUP.ID))
                                .orderBy(MEMBERSHIP.JOINED_ON, MEMBERSHIP.ID))
                .convertFrom(rows -> rows.map(r -> new AttendanceSheet.Member(new ClientId(r.value1()),
                        fullName(r.value2(), r.value3()), r.value4(), r.value5())));
        return dsl.select(THERAPY_GROUP.NAME, sessions, members)
                .from(THERAPY_GROUP)
                .where(THERAPY_GROUP.ID.eq(group.value()))
                .fetchOptional(r -> new AttendanceSheet(group, r.value1(), r.value2(), r.value3()));
    }

    @Override
    public Optional<HomeworkSheet> homework(GroupId group) {
        Field<List<HomeworkSheet.Row>> rows = DSL.multiset(
                        DSL.select(HOMEWORK.CLIENT_ID, CLIENT.PREFERRED_NAME, CLIENT.LEGAL_NAME, HOMEWORK.TITLE,
                                        HOMEWORK.DUE_ON, HOMEWORK.STATUS, HOMEWORK.SUBMITTED_AT, HOMEWORK.REVIEWED_AT)
                                .from(HOMEWORK)
                                .join(CLIENT).on(CLIENT.ID.eq(HOMEWORK.CLIENT_ID))
                                .where(HOMEWORK.GROUP_ID.eq(THERAPY_GROUP.ID))
                                .orderBy(HOMEWORK.DUE_ON, HOMEWORK.BATCH_ID, CLIENT.PREFERRED_NAME, HOMEWORK.ID))
                .convertFrom(found -> found.map(r -> new HomeworkSheet.Row(new ClientId(r.value1()),
                        fullName(r.value2(), r.value3()), r.value4(), r.value5(), HomeworkStatus.valueOf(r.value6()),
                        Timestamps.fromDb(r.value7()), Timestamps.fromDb(r.value8()))));
        return dsl.select(THERAPY_GROUP.NAME, rows)
                .from(THERAPY_GROUP)
                .where(THERAPY_GROUP.ID.eq(group.value()))
                .fetchOptional(r -> new HomeworkSheet(group, r.value1(), r.value2()));
    }

    /** "Casey (Casey Morgan)" when the legal name says more than the preferred one. */
    private static String fullName(String preferred, String legal) {
        return legal == null || legal.isBlank() || legal.equals(preferred) ? preferred : preferred + " (" + legal + ")";
    }
}
