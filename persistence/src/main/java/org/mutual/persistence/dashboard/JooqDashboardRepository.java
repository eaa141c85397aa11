package org.mutual.persistence.dashboard;

import static org.mutual.persistence.jooq.Tables.CALENDAR_FEED;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.mutual.domain.dashboard.DashboardRepository;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.session.JooqSessionRepository;
import org.springframework.stereotype.Repository;

/**
 * Both reads start from the therapist's rows in group_facilitator (its user index); the sessions are
 * found by group and start time, and each session's membership periods through membership_group_ix.
 */
@Repository
public class JooqDashboardRepository implements DashboardRepository {

    private static final Field<List<Stay>> STAYS = DSL.multiset(
                    DSL.select(MEMBERSHIP.JOINED_ON, MEMBERSHIP.LEFT_ON).from(MEMBERSHIP)
                            .where(MEMBERSHIP.GROUP_ID.eq(THERAPY_SESSION.GROUP_ID)))
            .convertFrom(periods -> periods.map(Records.mapping(Stay::new)));

    private final DSLContext dsl;

    public JooqDashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Header header(UserId therapist) {
        Field<Integer> groups = DSL.field(DSL.selectCount().from(THERAPY_GROUP)
                .where(THERAPY_GROUP.ID.in(DSL.select(GROUP_FACILITATOR.GROUP_ID).from(GROUP_FACILITATOR)
                        .where(GROUP_FACILITATOR.USER_ID.eq(therapist.value())))));
        Field<OffsetDateTime> linkIssuedAt = DSL.field(DSL.select(CALENDAR_FEED.CREATED_AT).from(CALENDAR_FEED)
                .where(CALENDAR_FEED.USER_ID.eq(therapist.value())));
        Record2<Integer, OffsetDateTime> row = dsl.select(groups, linkIssuedAt).fetchSingle();
        return new Header(row.value1() == null ? 0 : row.value1(),
                Optional.ofNullable(row.value2()).map(Timestamps::fromDb));
    }

    @Override
    public List<ScheduledSession> sessionsOfFacilitator(UserId therapist, Instant from, Instant to) {
        return dsl.select(THERAPY_SESSION.fields())
                .select(THERAPY_GROUP.NAME, STAYS)
                .from(THERAPY_SESSION)
                .join(GROUP_FACILITATOR).on(GROUP_FACILITATOR.GROUP_ID.eq(THERAPY_SESSION.GROUP_ID))
                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(THERAPY_SESSION.GROUP_ID))
                .where(GROUP_FACILITATOR.USER_ID.eq(therapist.value())
                        .and(THERAPY_SESSION.STARTS_AT.ge(Timestamps.toDb(from)))
                        .and(THERAPY_SESSION.STARTS_AT.lt(Timestamps.toDb(to))))
                .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID)
                .fetch(r -> new ScheduledSession(JooqSessionRepository.toSession(r.into(THERAPY_SESSION)),
                        r.get(THERAPY_GROUP.NAME), r.get(STAYS)));
    }
}
