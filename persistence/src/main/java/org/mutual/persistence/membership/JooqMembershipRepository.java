package org.mutual.persistence.membership;

import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP_FOCUS;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep2;
import org.jooq.Param;
import org.jooq.Record9;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.membership.NewMembership;
import org.mutual.persistence.base.PreparedRead;
import org.mutual.persistence.base.RowValues;
import org.mutual.persistence.jooq.tables.records.MembershipFocusRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqMembershipRepository implements MembershipRepository {

    static final String RECORD_TYPE = "membership";

    /** The period's focus areas, nested into the same query so a list of periods costs one round trip. */
    public static final Field<Set<BarrierPattern>> FOCUS_AREAS = DSL.multiset(
                    DSL.select(MEMBERSHIP_FOCUS.FOCUS_AREA).from(MEMBERSHIP_FOCUS)
                            .where(MEMBERSHIP_FOCUS.MEMBERSHIP_ID.eq(MEMBERSHIP.ID)))
            .convertFrom(areas -> {
                Set<BarrierPattern> set = EnumSet.noneOf(BarrierPattern.class);
                areas.forEach(area -> set.add(BarrierPattern.valueOf(area.value1())));
                return set;
            });

    /** The same focus areas as an array of their names, for the prepared reads (see {@link PreparedRead}). */
    private static final Field<String[]> FOCUS_AREA_NAMES = DSL.field(
            DSL.select(DSL.arrayAgg(MEMBERSHIP_FOCUS.FOCUS_AREA)).from(MEMBERSHIP_FOCUS)
                    .where(MEMBERSHIP_FOCUS.MEMBERSHIP_ID.eq(MEMBERSHIP.ID))).as("focus_areas");

    private static final Param<Long> GROUP = DSL.param("group", Long.class);
    private static final Param<Long> CLIENT = DSL.param("client", Long.class);

    private final DSLContext dsl;
    private final PreparedRead<MembershipPeriod> periodsOfGroup;
    private final PreparedRead<MembershipPeriod> periodsOfClient;

    public JooqMembershipRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.periodsOfGroup = PreparedRead.of(dsl, prepared(MEMBERSHIP.GROUP_ID.eq(GROUP)),
                JooqMembershipRepository::period, GROUP);
        this.periodsOfClient = PreparedRead.of(dsl, prepared(MEMBERSHIP.CLIENT_ID.eq(CLIENT)),
                JooqMembershipRepository::period, CLIENT);
    }

    @Override
    public MembershipId create(NewMembership membership) {
        Long id = dsl.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.GROUP_ID, membership.group().value())
                .set(MEMBERSHIP.CLIENT_ID, membership.client().value())
                .set(MEMBERSHIP.JOINED_ON, membership.joinedOn())
                .set(MEMBERSHIP.STATUS, MembershipStatus.ACTIVE.name())
                .returningResult(MEMBERSHIP.ID)
                .fetchOne(MEMBERSHIP.ID);
        insertFocusAreas(id, membership.focusAreas());
        return new MembershipId(id);
    }

    @Override
    public Optional<MembershipPeriod> find(MembershipId id) {
        return select(MEMBERSHIP.ID.eq(id.value())).fetchOptional(JooqMembershipRepository::toPeriod);
    }

    @Override
    public List<MembershipPeriod> periodsOfGroup(GroupId group) {
        return periodsOfGroup.fetch(group.value());
    }

    @Override
    public List<MembershipPeriod> periodsOfGroups(Collection<GroupId> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return select(MEMBERSHIP.GROUP_ID.in(groups.stream().map(GroupId::value).toList()))
                .orderBy(MEMBERSHIP.GROUP_ID, MEMBERSHIP.JOINED_ON, MEMBERSHIP.ID)
                .fetch(JooqMembershipRepository::toPeriod);
    }

    @Override
    public List<MembershipPeriod> periodsOfClient(ClientId client) {
        return periodsOfClient.fetch(client.value());
    }

    /**
     * {@inheritDoc}
     *
     * @throws NotFoundException when there is no such period
     */
    @Override
    public void update(MembershipPeriod period, int expectedVersion) {
        long id = period.id().value();
        int updated = dsl.update(MEMBERSHIP)
                .set(MEMBERSHIP.JOINED_ON, period.joinedOn())
                .set(MEMBERSHIP.LEFT_ON, period.leftOn())
                .set(MEMBERSHIP.STATUS, period.status().name())
                .set(MEMBERSHIP.LEAVE_REASON, period.leaveReason())
                .set(MEMBERSHIP.VERSION, MEMBERSHIP.VERSION.plus(1))
                .where(MEMBERSHIP.ID.eq(id).and(MEMBERSHIP.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            if (dsl.fetchExists(MEMBERSHIP, MEMBERSHIP.ID.eq(id))) {
                throw new ConcurrentEditException(RECORD_TYPE, period.id());
            }
            throw new NotFoundException(RECORD_TYPE, period.id());
        }
        // The version check above already passed, so replacing the rows can't overwrite someone else's.
        dsl.deleteFrom(MEMBERSHIP_FOCUS).where(MEMBERSHIP_FOCUS.MEMBERSHIP_ID.eq(id)).execute();
        insertFocusAreas(id, period.focusAreas());
    }

    @Override
    public void lockGroupForAdmission(GroupId group) {
        lockGroup(group);
    }

    /**
     * Locks the group's row until the current transaction ends ({@code select ... for update}), so
     * two admissions to the same group run one after the other and the second sees the first's period.
     * Outside a transaction the lock is released at once and this only checks that the group exists.
     *
     * @throws NotFoundException when there is no such group
     */
    public void lockGroup(GroupId group) {
        dsl.select(THERAPY_GROUP.ID).from(THERAPY_GROUP)
                .where(THERAPY_GROUP.ID.eq(group.value()))
                .forUpdate()
                .fetchOptional()
                .orElseThrow(() -> new NotFoundException("group", group));
    }

    private void insertFocusAreas(long membershipId, Set<BarrierPattern> areas) {
        if (areas.isEmpty()) {
            return;
        }
        InsertValuesStep2<MembershipFocusRecord, Long, String> insert =
                dsl.insertInto(MEMBERSHIP_FOCUS, MEMBERSHIP_FOCUS.MEMBERSHIP_ID, MEMBERSHIP_FOCUS.FOCUS_AREA);
        for (BarrierPattern area : areas) {
            insert = insert.values(membershipId, area.name());
        }
        insert.execute();
    }

    /**
     * The group's membership periods, oldest first, nested into another query whose row names the
     * group: a roster read together with what it belongs to costs no extra round trip.
     */
    public static Field<List<MembershipPeriod>> periodsOfGroup(Field<Long> group) {
        return DSL.multiset(DSL.select(MEMBERSHIP.ID, MEMBERSHIP.GROUP_ID, MEMBERSHIP.CLIENT_ID,
                                MEMBERSHIP.JOINED_ON, MEMBERSHIP.LEFT_ON, MEMBERSHIP.STATUS, MEMBERSHIP.LEAVE_REASON,
                                FOCUS_AREAS, MEMBERSHIP.VERSION)
                        .from(MEMBERSHIP)
                        .where(MEMBERSHIP.GROUP_ID.eq(group))
                        .orderBy(MEMBERSHIP.JOINED_ON, MEMBERSHIP.ID))
                .convertFrom(rows -> rows.map(JooqMembershipRepository::toPeriod));
    }

    private SelectConditionStep<Record9<Long, Long, Long, LocalDate, LocalDate, String, String,
            Set<BarrierPattern>, Integer>> select(Condition condition) {
        return dsl.select(MEMBERSHIP.ID, MEMBERSHIP.GROUP_ID, MEMBERSHIP.CLIENT_ID, MEMBERSHIP.JOINED_ON,
                        MEMBERSHIP.LEFT_ON, MEMBERSHIP.STATUS, MEMBERSHIP.LEAVE_REASON, FOCUS_AREAS, MEMBERSHIP.VERSION)
                .from(MEMBERSHIP)
                .where(condition);
    }

    private Select<?> prepared(Condition condition) {
        return dsl.select(MEMBERSHIP.ID, MEMBERSHIP.GROUP_ID, MEMBERSHIP.CLIENT_ID, MEMBERSHIP.JOINED_ON,
                        MEMBERSHIP.LEFT_ON, MEMBERSHIP.STATUS, MEMBERSHIP.LEAVE_REASON, FOCUS_AREA_NAMES, MEMBERSHIP.VERSION)
                .from(MEMBERSHIP)
                .where(condition)
                .orderBy(MEMBERSHIP.JOINED_ON, MEMBERSHIP.ID);
    }

    private static MembershipPeriod period(RowValues r) {
        Set<BarrierPattern> focusAreas = EnumSet.noneOf(BarrierPattern.class);
        String[] names = r.get(FOCUS_AREA_NAMES);
        if (names != null) {
            for (String name : names) {
                focusAreas.add(BarrierPattern.valueOf(name));
            }
        }
        return period(r, focusAreas);
    }

    private static MembershipPeriod period(RowValues r, Set<BarrierPattern> focusAreas) {
        return new MembershipPeriod(new MembershipId(r.getLong(MEMBERSHIP.ID)),
                new GroupId(r.getLong(MEMBERSHIP.GROUP_ID)), new ClientId(r.getLong(MEMBERSHIP.CLIENT_ID)),
                r.getDate(MEMBERSHIP.JOINED_ON), r.getDate(MEMBERSHIP.LEFT_ON),
                MembershipStatus.valueOf(r.getString(MEMBERSHIP.STATUS)), r.getString(MEMBERSHIP.LEAVE_REASON),
                focusAreas, r.getInt(MEMBERSHIP.VERSION));
    }

    private static MembershipPeriod toPeriod(Record9<Long, Long, Long, LocalDate, LocalDate, String, String,
            Set<BarrierPattern>, Integer> r) {
        return period(RowValues.of(r), r.value8());
    }
}
