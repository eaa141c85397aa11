package org.mutual.persistence.calendar;

import static org.mutual.persistence.jooq.Tables.APP_USER;
import static org.mutual.persistence.jooq.Tables.CALENDAR_FEED;
import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.mutual.domain.calendar.CalendarEvent;
import org.mutual.domain.calendar.CalendarFeedRepository;
import org.mutual.domain.calendar.FeedOwner;
import org.mutual.domain.calendar.MemberSession;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Inserts;
import org.mutual.persistence.base.Timestamps;
import org.springframework.stereotype.Repository;

/**
 * Feed links keyed by their owner (one live link per account) and found by their hash
 * (calendar_feed_hash_uk). The session reads join through the indexed foreign keys: the client's
 * account, their memberships, the groups' sessions by start time.
 */
@Repository
public class JooqCalendarFeedRepository implements CalendarFeedRepository {

    private static final List<SelectField<?>> EVENT_FIELDS = List.of(THERAPY_SESSION.ID, THERAPY_GROUP.NAME,
            THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ENDS_AT, THERAPY_SESSION.PLACE, THERAPY_SESSION.VIDEO_LINK,
            THERAPY_SESSION.STATUS, THERAPY_SESSION.VERSION);

    private final DSLContext dsl;

    public JooqCalendarFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Instant> linkIssuedAt(UserId user) {
        return dsl.select(CALENDAR_FEED.CREATED_AT).from(CALENDAR_FEED)
                .where(CALENDAR_FEED.USER_ID.eq(user.value()))
                .fetchOptional(r -> Timestamps.fromDb(r.value1()));
    }

    @Override
    public boolean replace(UserId user, String tokenHash, Instant issuedAt) {
        if (overwrite(user, tokenHash, issuedAt)) {
            return true;
        }
        int inserted = Inserts.ignoringDuplicate(dsl.insertInto(CALENDAR_FEED)
                .set(CALENDAR_FEED.USER_ID, user.value())
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.CREATED_AT, Timestamps.toDb(issuedAt)));
        // Nothing inserted: a first link issued at the same moment got there first; this newer one
        // replaces it, as it would have a moment later.
        return inserted == 0 && overwrite(user, tokenHash, issuedAt);
    }

    private boolean overwrite(UserId user, String tokenHash, Instant issuedAt) {
        return dsl.update(CALENDAR_FEED)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.CREATED_AT, Timestamps.toDb(issuedAt))
                .where(CALENDAR_FEED.USER_ID.eq(user.value()))
                .execute() == 1;
    }

    @Override
    public boolean delete(UserId user) {
        return dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(user.value())).execute() == 1;
    }

    @Override
    public Optional<FeedOwner> ownerOf(String tokenHash) {
        return dsl.select(APP_USER.ID, APP_USER.ROLE, APP_USER.ACTIVE)
                .from(CALENDAR_FEED)
                .join(APP_USER).on(APP_USER.ID.eq(CALENDAR_FEED.USER_ID))
                .where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(r -> new FeedOwner(new UserId(r.value1()), Role.valueOf(r.value2()), r.value3()));
    }

    @Override
    public List<MemberSession> sessionsOfMember(UserId account, Instant from, Instant to) {
        return dsl.select(EVENT_FIELDS).select(MEMBERSHIP.JOINED_ON, MEMBERSHIP.LEFT_ON)
                .from(CLIENT)
                .join(MEMBERSHIP).on(MEMBERSHIP.CLIENT_ID.eq(CLIENT.ID))
                .join(THERAPY_SESSION).on(THERAPY_SESSION.GROUP_ID.eq(MEMBERSHIP.GROUP_ID))
                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(THERAPY_SESSION.GROUP_ID))
                .where(CLIENT.ACCOUNT_ID.eq(account.value())
                        .and(THERAPY_SESSION.STARTS_AT.ge(Timestamps.toDb(from)))
                        .and(THERAPY_SESSION.STARTS_AT.lt(Timestamps.toDb(to))))
                .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID, MEMBERSHIP.JOINED_ON)
                .fetch(r -> new MemberSession(toEvent(r), r.get(MEMBERSHIP.JOINED_ON), r.get(MEMBERSHIP.LEFT_ON)));
    }

    @Override
    public List<CalendarEvent> sessionsOfFacilitator(UserId therapist, Instant from, Instant to) {
        return dsl.select(EVENT_FIELDS)
                .from(GROUP_FACILITATOR)
                .join(THERAPY_SESSION).on(THERAPY_SESSION.GROUP_ID.eq(GROUP_FACILITATOR.GROUP_ID))
                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(THERAPY_SESSION.GROUP_ID))
                .where(GROUP_FACILITATOR.USER_ID.eq(therapist.value())
                        .and(THERAPY_SESSION.STARTS_AT.ge(Timestamps.toDb(from)))
                        .and(THERAPY_SESSION.STARTS_AT.lt(Timestamps.toDb(to))))
                .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID)
                .fetch(JooqCalendarFeedRepository::toEvent);
    }

    private static CalendarEvent toEvent(Record r) {
        return new CalendarEvent(new SessionId(r.get(THERAPY_SESSION.ID)), r.get(THERAPY_GROUP.NAME),
                Timestamps.fromDb(r.get(THERAPY_SESSION.STARTS_AT)), Timestamps.fromDb(r.get(THERAPY_SESSION.ENDS_AT)),
                new SessionLocation(r.get(THERAPY_SESSION.PLACE), r.get(THERAPY_SESSION.VIDEO_LINK)),
                SessionStatus.valueOf(r.get(THERAPY_SESSION.STATUS)), r.get(THERAPY_SESSION.VERSION));
    }
}
