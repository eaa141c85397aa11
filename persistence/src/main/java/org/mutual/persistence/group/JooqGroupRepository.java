package org.mutual.persistence.group;

import static org.mutual.persistence.jooq.Tables.APP_USER;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.group.Facilitator;
import org.mutual.domain.group.Group;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupQuery;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.group.GroupStatus;
import org.mutual.domain.group.GroupSummary;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Inserts;
import org.mutual.persistence.base.Like;
import org.mutual.persistence.base.RequestMemo;
import org.mutual.persistence.jooq.tables.records.TherapyGroupRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqGroupRepository implements GroupRepository {

    private static final org.mutual.persistence.jooq.tables.GroupFacilitator LEAD = GROUP_FACILITATOR.as("lead");
    private static final org.mutual.persistence.jooq.tables.AppUser LEAD_USER = APP_USER.as("lead_user");

    private final DSLContext dsl;
    private final Clock clock;

    public JooqGroupRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public GroupId create(GroupDraft draft, UserId leadFacilitator) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long id = dsl.insertInto(THERAPY_GROUP)
                .set(THERAPY_GROUP.NAME, draft.name())
                .set(THERAPY_GROUP.FOCUS, draft.focus())
                .set(THERAPY_GROUP.DESCRIPTION, draft.description())
                .set(THERAPY_GROUP.CAPACITY, draft.capacity())
                .set(THERAPY_GROUP.STATUS, GroupStatus.FORMING.name())
                .set(THERAPY_GROUP.CREATED_AT, now)
                .set(THERAPY_GROUP.UPDATED_AT, now)
                .returningResult(THERAPY_GROUP.ID)
                .fetchOne(THERAPY_GROUP.ID);
        dsl.insertInto(GROUP_FACILITATOR)
                .set(GROUP_FACILITATOR.GROUP_ID, id)
                .set(GROUP_FACILITATOR.USER_ID, leadFacilitator.value())
                .set(GROUP_FACILITATOR.IS_LEAD, true)
                .execute();
        facilitatorsChanged();
        return new GroupId(id);
    }

    @Override
    public Optional<Group> find(GroupId id) {
        return dsl.select(THERAPY_GROUP.asterisk(), LEAD.USER_ID)
                .from(THERAPY_GROUP)
                .leftJoin(LEAD).on(LEAD.GROUP_ID.eq(THERAPY_GROUP.ID).and(LEAD.IS_LEAD))
                .where(THERAPY_GROUP.ID.eq(id.value()))
                .fetchOptional(r -> toGroup(r.into(THERAPY_GROUP), r.get(LEAD.USER_ID)));
    }

    /**
     * Saves the group if it is still at {@code expectedVersion}. Only the columns whose value changes
     * are written (unchanged indexed columns then cost no index work), and the version the update
     * wrote is checked: a save wins only if it moved the row from the version it was read at.
     */
    @Override
    public void update(Group g, int expectedVersion) {
        TherapyGroupRecord current = dsl.selectFrom(THERAPY_GROUP)
                .where(THERAPY_GROUP.ID.eq(g.id().value()))
                .fetchOptional()
                .orElseThrow(() -> new NotFoundException("group", g.id()));
        if (current.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("group", g.id());
        }
        WeeklySlot slot = g.defaultSlot();
        SessionLocation location = g.defaultLocation();
        Map<Field<?>, Object> wanted = new LinkedHashMap<>();
        wanted.put(THERAPY_GROUP.NAME, g.name());
        wanted.put(THERAPY_GROUP.FOCUS, g.focus());
        wanted.put(THERAPY_GROUP.DESCRIPTION, g.description());
        wanted.put(THERAPY_GROUP.CAPACITY, g.capacity());
        wanted.put(THERAPY_GROUP.STATUS, g.status().name());
        wanted.put(THERAPY_GROUP.SLOT_WEEKDAY, slot == null ? null : (short) slot.day().getValue());
        wanted.put(THERAPY_GROUP.SLOT_START, slot == null ? null : slot.start());
        wanted.put(THERAPY_GROUP.SLOT_MINUTES, slot == null ? null : (int) slot.duration().toMinutes());
        wanted.put(THERAPY_GROUP.SLOT_ZONE, slot == null ? null : slot.zone().getId());
        wanted.put(THERAPY_GROUP.PLACE, location == null ? null : location.place());
        wanted.put(THERAPY_GROUP.VIDEO_LINK, location == null ? null : location.videoLink());
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        wanted.forEach((field, value) -> {
            if (!Objects.equals(current.get(field), value)) {
                changes.put(field, value);
            }
        });
        Optional<Integer> written;
        try {
            written = dsl.update(THERAPY_GROUP)
                    .set(changes)
                    .set(THERAPY_GROUP.UPDATED_AT, OffsetDateTime.now(clock))
                    .set(THERAPY_GROUP.VERSION, THERAPY_GROUP.VERSION.plus(1))
                    .where(THERAPY_GROUP.ID.eq(g.id().value()).and(THERAPY_GROUP.VERSION.eq(expectedVersion)))
                    .returningResult(THERAPY_GROUP.VERSION)
                    .fetchOptional(THERAPY_GROUP.VERSION);
        } catch (DataAccessException e) {
            if (e.sqlStateClass() == SQLStateClass.C40_TRANSACTION_ROLLBACK) {
                // The database gave up on one of two saves racing for the row: that save lost.
                throw new ConcurrentEditException("group", g.id());
            }
            throw e;
        }
        if (written.isEmpty() || written.get() != expectedVersion + 1) {
            // Another save got there first (or changed the row under this one): this one must not win.
            throw new ConcurrentEditException("group", g.id());
        }
    }

    @Override
    public List<Facilitator> facilitators(GroupId group) {
        return dsl.select(GROUP_FACILITATOR.USER_ID, APP_USER.DISPLAY_NAME, GROUP_FACILITATOR.IS_LEAD)
                .from(GROUP_FACILITATOR)
                .join(APP_USER).on(APP_USER.ID.eq(GROUP_FACILITATOR.USER_ID))
                .where(GROUP_FACILITATOR.GROUP_ID.eq(group.value()))
                .orderBy(GROUP_FACILITATOR.IS_LEAD.desc(), APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new Facilitator(new UserId(r.value1()), r.value2(), r.value3()));
    }

    @Override
    public void addFacilitator(GroupId group, UserId user) {
        Inserts.ignoringDuplicate(dsl.insertInto(GROUP_FACILITATOR)
                .set(GROUP_FACILITATOR.GROUP_ID, group.value())
                .set(GROUP_FACILITATOR.USER_ID, user.value())
                .set(GROUP_FACILITATOR.IS_LEAD, false));
        facilitatorsChanged();
    }

    @Override
    public void removeFacilitator(GroupId group, UserId user) {
        dsl.deleteFrom(GROUP_FACILITATOR)
                .where(GROUP_FACILITATOR.GROUP_ID.eq(group.value()))
                .and(GROUP_FACILITATOR.USER_ID.eq(user.value()))
                .and(GROUP_FACILITATOR.IS_LEAD.isFalse())
                .execute();
        facilitatorsChanged();
    }

    public static Group toGroup(TherapyGroupRecord r, Long leadId) {
        WeeklySlot slot = r.getSlotWeekday() == null ? null : new WeeklySlot(DayOfWeek.of(r.getSlotWeekday()),
                r.getSlotStart(), Duration.ofMinutes(r.getSlotMinutes()), ZoneId.of(r.getSlotZone()));
        SessionLocation location = r.getPlace() == null && r.getVideoLink() == null ? null
                : new SessionLocation(r.getPlace(), r.getVideoLink());
        return new Group(new GroupId(r.getId()), r.getName(), r.getFocus(), r.getDescription(), r.getCapacity(),
                GroupStatus.valueOf(r.getStatus()), leadId == null ? null : new UserId(leadId), slot, location,
                r.getCreatedAt().toInstant(), r.getVersion());
    }

    /**
     * {@inheritDoc} Read as the set of every group the user facilitates, once per request
     * ({@link RequestMemo}): a screen asks this for the same few groups from every service it calls.
     */
    @Override
    public boolean isFacilitator(GroupId group, UserId user) {
        return facilitatedGroups(user).contains(group.value());
    }

    private Set<Long> facilitatedGroups(UserId user) {
        return RequestMemo.remember(new FacilitatedGroups(user.value()),
                () -> Set.copyOf(dsl.select(GROUP_FACILITATOR.GROUP_ID).from(GROUP_FACILITATOR)
                        .where(GROUP_FACILITATOR.USER_ID.eq(user.value()))
                        .fetch(GROUP_FACILITATOR.GROUP_ID)));
    }

    /** The request-memo question "which groups does this user facilitate?". */
    private record FacilitatedGroups(long user) {
    }

    /** Called by every write to group_facilitator. */
    private static void facilitatorsChanged() {
        RequestMemo.forget(question -> question instanceof FacilitatedGroups);
    }

    @Override
    public List<GroupSummary> find(GroupQuery query, int offset, int limit) {
        return dsl.select(THERAPY_GROUP.ID, THERAPY_GROUP.NAME, THERAPY_GROUP.FOCUS, THERAPY_GROUP.CAPACITY,
                        THERAPY_GROUP.STATUS, LEAD_USER.DISPLAY_NAME)
                .from(THERAPY_GROUP)
                .leftJoin(LEAD).on(LEAD.GROUP_ID.eq(THERAPY_GROUP.ID).and(LEAD.IS_LEAD))
                .leftJoin(LEAD_USER).on(LEAD_USER.ID.eq(LEAD.USER_ID))
                .where(conditions(query))
                .orderBy(THERAPY_GROUP.NAME, THERAPY_GROUP.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new GroupSummary(new GroupId(r.value1()), r.value2(), r.value3(), r.value4(),
                        GroupStatus.valueOf(r.value5()), r.value6()));
    }

    @Override
    public int count(GroupQuery query) {
        return dsl.fetchCount(THERAPY_GROUP, conditions(query));
    }

    private static List<Condition> conditions(GroupQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.text() != null) {
            conditions.add(Like.contains(THERAPY_GROUP.NAME, query.text())
                    .or(Like.contains(THERAPY_GROUP.FOCUS, query.text())));
        }
        if (query.status() != null) {
            conditions.add(THERAPY_GROUP.STATUS.eq(query.status().name()));
        }
        query.facilitator().ifPresent(user -> conditions.add(THERAPY_GROUP.ID.in(
                DSL.select(GROUP_FACILITATOR.GROUP_ID).from(GROUP_FACILITATOR)
                        .where(GROUP_FACILITATOR.USER_ID.eq(user.value())))));
        return conditions;
    }
}
