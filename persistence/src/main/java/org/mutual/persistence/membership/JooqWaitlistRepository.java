package org.mutual.persistence.membership;

import static org.mutual.persistence.jooq.Tables.WAITLIST_ENTRY;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.membership.WaitlistEntry;
import org.mutual.domain.membership.WaitlistRepository;
import org.mutual.persistence.base.Timestamps;
import org.springframework.stereotype.Repository;

/**
 * Waitlists with stored positions. A new position is computed from the rows already there, so
 * callers that may change one group's list concurrently hold the group lock first
 * ({@link MembershipRepository#lockGroupForAdmission}), or two clients could get the same position.
 */
@Repository
public class JooqWaitlistRepository implements WaitlistRepository {

    private final DSLContext dsl;

    public JooqWaitlistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int add(GroupId group, ClientId client, Instant addedAt) {
        Integer current = dsl.select(WAITLIST_ENTRY.POSITION).from(WAITLIST_ENTRY)
                .where(WAITLIST_ENTRY.GROUP_ID.eq(group.value()).and(WAITLIST_ENTRY.CLIENT_ID.eq(client.value())))
                .fetchOne(WAITLIST_ENTRY.POSITION);
        if (current != null) {
            return current;
        }
        int position = dsl.select(DSL.coalesce(DSL.max(WAITLIST_ENTRY.POSITION), 0)).from(WAITLIST_ENTRY)
                .where(WAITLIST_ENTRY.GROUP_ID.eq(group.value()))
                .fetchSingle().value1() + 1;
        dsl.insertInto(WAITLIST_ENTRY)
                .set(WAITLIST_ENTRY.GROUP_ID, group.value())
                .set(WAITLIST_ENTRY.CLIENT_ID, client.value())
                .set(WAITLIST_ENTRY.POSITION, position)
                .set(WAITLIST_ENTRY.ADDED_AT, Timestamps.toDb(addedAt))
                .execute();
        return position;
    }

    @Override
    public List<WaitlistEntry> list(GroupId group) {
        return dsl.selectFrom(WAITLIST_ENTRY)
                .where(WAITLIST_ENTRY.GROUP_ID.eq(group.value()))
                .orderBy(WAITLIST_ENTRY.POSITION)
                .fetch(r -> new WaitlistEntry(new GroupId(r.getGroupId()), new ClientId(r.getClientId()),
                        r.getPosition(), Timestamps.fromDb(r.getAddedAt())));
    }

    @Override
    public boolean remove(GroupId group, ClientId client) {
        Integer position = dsl.deleteFrom(WAITLIST_ENTRY)
                .where(WAITLIST_ENTRY.GROUP_ID.eq(group.value()).and(WAITLIST_ENTRY.CLIENT_ID.eq(client.value())))
                .returningResult(WAITLIST_ENTRY.POSITION)
                .fetchOne(WAITLIST_ENTRY.POSITION);
        if (position == null) {
            return false;
        }
        dsl.update(WAITLIST_ENTRY)
                .set(WAITLIST_ENTRY.POSITION, WAITLIST_ENTRY.POSITION.minus(1))
                .where(WAITLIST_ENTRY.GROUP_ID.eq(group.value()).and(WAITLIST_ENTRY.POSITION.gt(position)))
                .execute();
        return true;
    }
}
