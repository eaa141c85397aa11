package org.mutual.persistence.clientfile;

import static org.mutual.persistence.jooq.Tables.ATTENDANCE;
import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.clientfile.ClientFile;
import org.mutual.domain.clientfile.ClientFileRepository;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.session.SessionStatus;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.session.JooqSessionRepository;
import org.springframework.stereotype.Repository;

@Repository
public class JooqClientFileRepository implements ClientFileRepository {

    /** The client's mark at a session, named apart from the session's own status. */
    private static final Field<String> MARK = ATTENDANCE.STATUS.as("mark");

    private static final Field<List<ClientFile.Membership>> MEMBERSHIPS = DSL.multiset(
                    DSL.select(MEMBERSHIP.ID, MEMBERSHIP.GROUP_ID, MEMBERSHIP.CLIENT_ID, MEMBERSHIP.JOINED_ON,
                                    MEMBERSHIP.LEFT_ON, MEMBERSHIP.STATUS, MEMBERSHIP.LEAVE_REASON,
                                    JooqMembershipRepository.FOCUS_AREAS, MEMBERSHIP.VERSION, THERAPY_GROUP.NAME)
                            .from(MEMBERSHIP)
                            .leftJoin(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(MEMBERSHIP.GROUP_ID))
                            .where(MEMBERSHIP.CLIENT_ID.eq(CLIENT.ID))
                            .orderBy(MEMBERSHIP.JOINED_ON, MEMBERSHIP.ID))
            .convertFrom(rows -> rows.map(r -> new ClientFile.Membership(new MembershipPeriod(
                    new MembershipId(r.value1()), new GroupId(r.value2()), new ClientId(r.value3()), r.value4(),
                    r.value5(), MembershipStatus.valueOf(r.value6()), r.value7(), r.value8(), r.value9()),
                    r.value10() == null ? "" : r.value10())));

    private static final Field<List<ClientFile.Attendance>> HELD_SESSIONS = DSL.multiset(
                    DSL.select(sessionColumns())
                            .from(THERAPY_SESSION)
                            .leftJoin(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(THERAPY_SESSION.GROUP_ID))
                            .leftJoin(ATTENDANCE).on(ATTENDANCE.SESSION_ID.eq(THERAPY_SESSION.ID)
                                    .and(ATTENDANCE.CLIENT_ID.eq(CLIENT.ID)))
                            .where(THERAPY_SESSION.STATUS.eq(SessionStatus.HELD.name()))
                            .and(THERAPY_SESSION.GROUP_ID.in(DSL.select(MEMBERSHIP.GROUP_ID).from(MEMBERSHIP)
                                    .where(MEMBERSHIP.CLIENT_ID.eq(CLIENT.ID))))
                            .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID))
            .convertFrom(rows -> rows.map(r -> new ClientFile.Attendance(
                    JooqSessionRepository.toSession(r.into(THERAPY_SESSION)),
                    r.get(THERAPY_GROUP.NAME) == null ? "" : r.get(THERAPY_GROUP.NAME),
                    r.get(MARK) == null ? null : AttendanceStatus.valueOf(r.get(MARK)))));

    private final DSLContext dsl;

    public JooqClientFileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Stored> find(ClientId id) {
        List<SelectField<?>> columns = new ArrayList<>(Arrays.asList(CLIENT.fields()));
        columns.add(MEMBERSHIPS);
        columns.add(HELD_SESSIONS);
        return dsl.select(columns)
                .from(CLIENT)
                .where(CLIENT.ID.eq(id.value()))
                .fetchOptional(r -> new Stored(JooqClientRepository.toClient(r.into(CLIENT)),
                        r.get(CLIENT.EMAIL_REMINDERS), r.get(MEMBERSHIPS), r.get(HELD_SESSIONS)));
    }

    private static List<SelectField<?>> sessionColumns() {
        List<SelectField<?>> columns = new ArrayList<>(Arrays.asList(THERAPY_SESSION.fields()));
        columns.add(THERAPY_GROUP.NAME);
        columns.add(MARK);
        return columns;
    }
}
