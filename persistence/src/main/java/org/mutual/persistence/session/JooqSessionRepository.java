package org.mutual.persistence.session;

import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.SESSION_SERIES;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.Occurrence;
import org.mutual.domain.session.SeriesId;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionOverview;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.PreparedRead;
import org.mutual.persistence.base.RowValues;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.jooq.tables.records.TherapySessionRecord;
import org.springframework.stereotype.Repository;

/**
 * Sessions and series. A slot is stored to the minute (start time and duration) and instants to the
 * microsecond; see {@link Timestamps}.
 */
@Repository
public class JooqSessionRepository implements SessionRepository {

    static final String RECORD_TYPE = "session";

    private static final Param<Long> GROUP = DSL.param("group", Long.class);
    private static final Param<Long> SERIES = DSL.param("series", Long.class);
    private static final Param<Long> THERAPIST = DSL.param("therapist", Long.class);
    private static final Param<OffsetDateTime> FROM = DSL.param("from", OffsetDateTime.class);
    private static final Param<OffsetDateTime> TO = DSL.param("to", OffsetDateTime.class);

    private final DSLContext dsl;
    private final PreparedRead<Session> sessionsOfGroup;
    private final PreparedRead<Session> sessionsOfSeries;
    private final PreparedRead<Session> sessionsOfFacilitator;

    public JooqSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
        Condition starting = THERAPY_SESSION.STARTS_AT.ge(FROM).and(THERAPY_SESSION.STARTS_AT.lt(TO));
        this.sessionsOfGroup = PreparedRead.of(dsl, dsl.select(THERAPY_SESSION.fields())
                        .from(THERAPY_SESSION)
                        .where(THERAPY_SESSION.GROUP_ID.eq(GROUP).and(starting))
                        .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID),
                JooqSessionRepository::session, GROUP, FROM, TO);
        this.sessionsOfSeries = PreparedRead.of(dsl, dsl.select(THERAPY_SESSION.fields())
                        .from(THERAPY_SESSION)
                        .where(THERAPY_SESSION.SERIES_ID.eq(SERIES))
                        .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID),
                JooqSessionRepository::session, SERIES);
        this.sessionsOfFacilitator = PreparedRead.of(dsl, dsl.select(THERAPY_SESSION.fields())
                        .from(THERAPY_SESSION)
                        .join(GROUP_FACILITATOR).on(GROUP_FACILITATOR.GROUP_ID.eq(THERAPY_SESSION.GROUP_ID))
                        .where(GROUP_FACILITATOR.USER_ID.eq(THERAPIST).and(starting))
                        .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID),
                JooqSessionRepository::session, THERAPIST, FROM, TO);
    }

    @Override
    public SeriesId newSeries(GroupId group, WeeklySlot slot) {
        requireWholeMinutes(slot);
        Long id = dsl.insertInto(SESSION_SERIES)
                .set(SESSION_SERIES.GROUP_ID, group.value())
                .set(SESSION_SERIES.WEEKDAY, slot.day().name())
                .set(SESSION_SERIES.START_TIME, slot.start())
                .set(SESSION_SERIES.DURATION_MINUTES, (int) slot.duration().toMinutes())
                .set(SESSION_SERIES.ZONE_ID, slot.zone().getId())
                .returningResult(SESSION_SERIES.ID)
                .fetchOne(SESSION_SERIES.ID);
        return new SeriesId(id);
    }

    @Override
    public Optional<WeeklySlot> slotOf(SeriesId series) {
        return dsl.selectFrom(SESSION_SERIES)
                .where(SESSION_SERIES.ID.eq(series.value()))
                .fetchOptional(r -> new WeeklySlot(DayOfWeek.valueOf(r.getWeekday()), r.getStartTime(),
                        Duration.ofMinutes(r.getDurationMinutes()), ZoneId.of(r.getZoneId())));
    }

    /** @throws NotFoundException when there is no such series */
    @Override
    public void updateSlot(SeriesId series, WeeklySlot slot) {
        requireWholeMinutes(slot);
        int updated = dsl.update(SESSION_SERIES)
                .set(SESSION_SERIES.WEEKDAY, slot.day().name())
                .set(SESSION_SERIES.START_TIME, slot.start())
                .set(SESSION_SERIES.DURATION_MINUTES, (int) slot.duration().toMinutes())
                .set(SESSION_SERIES.ZONE_ID, slot.zone().getId())
                .where(SESSION_SERIES.ID.eq(series.value()))
                .execute();
        if (updated == 0) {
            throw new NotFoundException("series", series);
        }
    }

    @Override
    public List<SessionId> createAll(GroupId group, SeriesId series, List<Occurrence> occurrences,
                                     SessionLocation location) {
        if (occurrences.isEmpty()) {
            return List.of();
        }
        Long seriesId = series == null ? null : series.value();
        InsertValuesStep6<TherapySessionRecord, Long, Long, OffsetDateTime, OffsetDateTime,
                String, String> insert = dsl.insertInto(THERAPY_SESSION, THERAPY_SESSION.GROUP_ID,
                THERAPY_SESSION.SERIES_ID, THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ENDS_AT, THERAPY_SESSION.PLACE,
                THERAPY_SESSION.VIDEO_LINK);
        for (Occurrence o : occurrences) {
            insert = insert.values(group.value(), seriesId, Timestamps.toDb(o.start()), Timestamps.toDb(o.end()),
                    location.place(), location.videoLink());
        }
        // One statement; identity values are drawn row by row in the order of the VALUES list, so the
        // ids sorted ascending are in occurrence order whatever order RETURNING hands them back in.
        return insert.returningResult(THERAPY_SESSION.ID).fetch(THERAPY_SESSION.ID).stream()
                .sorted()
                .map(SessionId::new)
                .toList();
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return dsl.selectFrom(THERAPY_SESSION)
                .where(THERAPY_SESSION.ID.eq(id.value()))
                .fetchOptional(JooqSessionRepository::toSession);
    }

    @Override
    public Optional<SessionOverview> overview(SessionId id) {
        return dsl.select(THERAPY_SESSION.fields()).select(THERAPY_GROUP.NAME)
                .from(THERAPY_SESSION)
                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(THERAPY_SESSION.GROUP_ID))
                .where(THERAPY_SESSION.ID.eq(id.value()))
                .fetchOptional(r -> new SessionOverview(toSession(r.into(THERAPY_SESSION)), r.get(THERAPY_GROUP.NAME)));
    }

    /**
     * {@inheritDoc}
     *
     * @throws NotFoundException when there is no such session
     */
    @Override
    public void update(Session session, int expectedVersion) {
        long id = session.id().value();
        SessionLocation location = session.location();
        int updated = dsl.update(THERAPY_SESSION)
                .set(THERAPY_SESSION.STARTS_AT, Timestamps.toDb(session.startsAt()))
                .set(THERAPY_SESSION.ENDS_AT, Timestamps.toDb(session.endsAt()))
                .set(THERAPY_SESSION.PLACE, location == null ? null : location.place())
                .set(THERAPY_SESSION.VIDEO_LINK, location == null ? null : location.videoLink())
                .set(THERAPY_SESSION.STATUS, session.status().name())
                .set(THERAPY_SESSION.CANCEL_REASON, session.cancelReason())
                .set(THERAPY_SESSION.MOVED, session.moved())
                .set(THERAPY_SESSION.VERSION, THERAPY_SESSION.VERSION.plus(1))
                .where(THERAPY_SESSION.ID.eq(id).and(THERAPY_SESSION.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            if (dsl.fetchExists(THERAPY_SESSION, THERAPY_SESSION.ID.eq(id))) {
                throw new ConcurrentEditException(RECORD_TYPE, session.id());
            }
            throw new NotFoundException(RECORD_TYPE, session.id());
        }
    }

    @Override
    public List<Session> sessionsOfGroup(GroupId group, Instant from, Instant to) {
        return sessionsOfGroup.fetch(group.value(), Timestamps.toDb(from), Timestamps.toDb(to));
    }

    @Override
    public List<Session> sessionsOfSeries(SeriesId series) {
        return sessionsOfSeries.fetch(series.value());
    }

    /**
     * The sessions of every group {@code therapist} facilitates (as lead or co-facilitator) starting in
     * [{@code from}, {@code to}), earliest first: the dashboard's "today" and "this week".
     */
    @Override
    public List<Session> sessionsOfFacilitator(UserId therapist, Instant from, Instant to) {
        return sessionsOfFacilitator.fetch(therapist.value(), Timestamps.toDb(from), Timestamps.toDb(to));
    }

    private static void requireWholeMinutes(WeeklySlot slot) {
        // The columns hold minutes; refusing finer values beats rounding them silently.
        if (!slot.start().equals(slot.start().withSecond(0).withNano(0))
                || !slot.duration().equals(Duration.ofMinutes(slot.duration().toMinutes()))) {
            throw new IllegalArgumentException("a weekly slot is stored to the minute: " + slot);
        }
    }

    public static Session toSession(TherapySessionRecord r) {
        return session(RowValues.of(r));
    }

    private static Session session(RowValues r) {
        Long series = r.getLongOrNull(THERAPY_SESSION.SERIES_ID);
        return new Session(new SessionId(r.getLong(THERAPY_SESSION.ID)),
                new GroupId(r.getLong(THERAPY_SESSION.GROUP_ID)), series == null ? null : new SeriesId(series),
                Timestamps.fromDb(r.getTimestamp(THERAPY_SESSION.STARTS_AT)),
                Timestamps.fromDb(r.getTimestamp(THERAPY_SESSION.ENDS_AT)),
                new SessionLocation(r.getString(THERAPY_SESSION.PLACE), r.getString(THERAPY_SESSION.VIDEO_LINK)),
                SessionStatus.valueOf(r.getString(THERAPY_SESSION.STATUS)), r.getString(THERAPY_SESSION.CANCEL_REASON),
                r.getBoolean(THERAPY_SESSION.MOVED), r.getInt(THERAPY_SESSION.VERSION));
    }
}
