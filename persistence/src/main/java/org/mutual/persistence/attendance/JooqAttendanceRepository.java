package org.mutual.persistence.attendance;

import static org.mutual.persistence.jooq.Tables.ATTENDANCE;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.mutual.domain.attendance.AttendanceMark;
import org.mutual.domain.attendance.AttendanceRepository;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.attendance.SessionMembers;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.base.Inserts;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.springframework.stereotype.Repository;

@Repository
public class JooqAttendanceRepository implements AttendanceRepository {

    private final DSLContext dsl;

    public JooqAttendanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Update-if-different, else insert-if-absent, else update-if-different again: each statement is
     * atomic on its own, so two people marking the same member at once never fail on the primary key,
     * and a mark inserted by someone else between the first two statements is still corrected.
     */
    @Override
    public boolean mark(SessionId session, ClientId client, AttendanceStatus status, UserId by, Instant at) {
        if (changeStatus(session, client, status, by, at)) {
            return true;
        }
        int inserted = Inserts.ignoringDuplicate(dsl.insertInto(ATTENDANCE)
                .set(ATTENDANCE.SESSION_ID, session.value())
                .set(ATTENDANCE.CLIENT_ID, client.value())
                .set(ATTENDANCE.STATUS, status.name())
                .set(ATTENDANCE.MARKED_AT, Timestamps.toDb(at))
                .set(ATTENDANCE.MARKED_BY, by.value()));
        return inserted == 1 || changeStatus(session, client, status, by, at);
    }

    @Override
    public List<AttendanceMark> marksOfSession(SessionId session) {
        return marks(ATTENDANCE.SESSION_ID.eq(session.value()));
    }

    /** {@inheritDoc} Ordered by the sessions' start. */
    @Override
    public List<AttendanceMark> marksOfClient(ClientId client) {
        return marks(ATTENDANCE.CLIENT_ID.eq(client.value()));
    }

    /** {@inheritDoc} One statement: the periods, their clients and the marks are nested lists of one row. */
    @Override
    public SessionMembers members(SessionId session, GroupId group) {
        return dsl.select(JooqMembershipRepository.periodsOfGroup(DSL.val(group.value())),
                        JooqClientRepository.clientsOfGroup(DSL.val(group.value())),
                        marksOfSession(DSL.val(session.value())))
                .fetchSingle(r -> new SessionMembers(r.value1(), r.value2(), r.value3()));
    }

    /** Every mark at every session of the group, ordered by the sessions' start: the input of its attendance rates. */
    @Override
    public List<AttendanceMark> marksOfGroup(GroupId group) {
        return marks(THERAPY_SESSION.GROUP_ID.eq(group.value()));
    }

    private boolean changeStatus(SessionId session, ClientId client, AttendanceStatus status, UserId by, Instant at) {
        return dsl.update(ATTENDANCE)
                .set(ATTENDANCE.STATUS, status.name())
                .set(ATTENDANCE.MARKED_AT, Timestamps.toDb(at))
                .set(ATTENDANCE.MARKED_BY, by.value())
                .where(ATTENDANCE.SESSION_ID.eq(session.value())
                        .and(ATTENDANCE.CLIENT_ID.eq(client.value()))
                        .and(ATTENDANCE.STATUS.ne(status.name())))
                .execute() == 1;
    }

    private List<AttendanceMark> marks(Condition condition) {
        return dsl.select(ATTENDANCE.SESSION_ID, ATTENDANCE.CLIENT_ID, ATTENDANCE.STATUS, ATTENDANCE.MARKED_AT,
                        ATTENDANCE.MARKED_BY)
                .from(ATTENDANCE)
                .join(THERAPY_SESSION).on(THERAPY_SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                .where(condition)
                .orderBy(THERAPY_SESSION.STARTS_AT, ATTENDANCE.SESSION_ID, ATTENDANCE.CLIENT_ID)
                .fetch(JooqAttendanceRepository::toMark);
    }

    /** The session's marks, nested into another query whose row names the session. */
    public static Field<List<AttendanceMark>> marksOfSession(Field<Long> session) {
        return DSL.multiset(DSL.select(ATTENDANCE.SESSION_ID, ATTENDANCE.CLIENT_ID, ATTENDANCE.STATUS,
                                ATTENDANCE.MARKED_AT, ATTENDANCE.MARKED_BY)
                        .from(ATTENDANCE)
                        .where(ATTENDANCE.SESSION_ID.eq(session))
                        .orderBy(ATTENDANCE.CLIENT_ID))
                .convertFrom(rows -> rows.map(r -> new AttendanceMark(new SessionId(r.value1()),
                        new ClientId(r.value2()), AttendanceStatus.valueOf(r.value3()), Timestamps.fromDb(r.value4()),
                        new UserId(r.value5()))));
    }

    private static AttendanceMark toMark(Record r) {
        return new AttendanceMark(new SessionId(r.get(ATTENDANCE.SESSION_ID)), new ClientId(r.get(ATTENDANCE.CLIENT_ID)),
                AttendanceStatus.valueOf(r.get(ATTENDANCE.STATUS)), Timestamps.fromDb(r.get(ATTENDANCE.MARKED_AT)),
                new UserId(r.get(ATTENDANCE.MARKED_BY)));
    }
}
