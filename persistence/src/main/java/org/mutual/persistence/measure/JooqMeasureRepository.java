package org.mutual.persistence.measure;

import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.MEASURE_ANSWER;
import static org.mutual.persistence.jooq.Tables.MEASURE_OCCURRENCE;
import static org.mutual.persistence.jooq.Tables.MEASURE_RESPONSE;
import static org.mutual.persistence.jooq.Tables.MEASURE_SCHEDULE;
import static org.mutual.persistence.jooq.Tables.SAFETY_ALERT;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep3;
import org.jooq.InsertValuesStep6;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureRepository;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureSchedule;
import org.mutual.domain.measure.NewSchedule;
import org.mutual.domain.measure.Release;
import org.mutual.domain.measure.ResponseId;
import org.mutual.domain.measure.ResponseStatus;
import org.mutual.domain.measure.SafetyAlert;
import org.mutual.domain.measure.SafetyAlertId;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Inserts;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.jooq.tables.records.MeasureAnswerRecord;
import org.mutual.persistence.jooq.tables.records.MeasureResponseRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqMeasureRepository implements MeasureRepository {

    static final String RESPONSE = "measure response";

    private static final Field<Map<Integer, Integer>> ANSWERS = DSL.multiset(
                    DSL.select(MEASURE_ANSWER.ITEM, MEASURE_ANSWER.ANSWER)
                            .from(MEASURE_ANSWER)
                            .where(MEASURE_ANSWER.RESPONSE_ID.eq(MEASURE_RESPONSE.ID)))
            .convertFrom(rows -> rows.stream().collect(Collectors.toMap(Record2::value1, Record2::value2,
                    (a, b) -> a, TreeMap::new)));

    /** The start of the latest session the schedule released a request for. */
    private static final Field<OffsetDateTime> LAST_RELEASED = DSL.field(
            DSL.select(DSL.max(THERAPY_SESSION.STARTS_AT))
                    .from(MEASURE_OCCURRENCE)
                    .join(THERAPY_SESSION).on(THERAPY_SESSION.ID.eq(MEASURE_OCCURRENCE.SESSION_ID))
                    .where(MEASURE_OCCURRENCE.SCHEDULE_ID.eq(MEASURE_SCHEDULE.ID)));

    private final DSLContext dsl;

    public JooqMeasureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ScheduleId createSchedule(NewSchedule schedule) {
        Integer every = schedule.cadence() instanceof Cadence.EverySessions e ? e.sessions() : null;
        java.time.LocalDate due = schedule.cadence() instanceof Cadence.Once o ? o.due() : null;
        return new ScheduleId(dsl.insertInto(MEASURE_SCHEDULE)
                .set(MEASURE_SCHEDULE.GROUP_ID, schedule.group().value())
                .set(MEASURE_SCHEDULE.CLIENT_ID, schedule.client() == null ? null : schedule.client().value())
                .set(MEASURE_SCHEDULE.INSTRUMENT, schedule.instrument().name())
                .set(MEASURE_SCHEDULE.EVERY_SESSIONS, every)
                .set(MEASURE_SCHEDULE.DUE_ON, due)
                .set(MEASURE_SCHEDULE.CREATED_BY, schedule.createdBy().value())
                .set(MEASURE_SCHEDULE.CREATED_AT, Timestamps.toDb(schedule.createdAt()))
                .returningResult(MEASURE_SCHEDULE.ID)
                .fetchSingle(MEASURE_SCHEDULE.ID));
    }

    @Override
    public List<MeasureSchedule> schedulesOfGroup(GroupId group) {
        return selectSchedules(MEASURE_SCHEDULE.GROUP_ID.eq(group.value()))
                .orderBy(MEASURE_SCHEDULE.ID.desc())
                .fetch(JooqMeasureRepository::toSchedule);
    }

    @Override
    public List<MeasureSchedule> recurringSchedules() {
        return selectSchedules(MEASURE_SCHEDULE.EVERY_SESSIONS.isNotNull())
                .orderBy(MEASURE_SCHEDULE.ID)
                .fetch(JooqMeasureRepository::toSchedule);
    }

    /**
     * {@inheritDoc} A single request is two statements (its occurrence, its responses); a session's
     * is three, because whether the occurrence was new is learnt from an insert that may do nothing.
     */
    @Override
    public int release(Release release, List<ClientId> clients) {
        Long occurrence;
        var insert = dsl.insertInto(MEASURE_OCCURRENCE)
                .set(MEASURE_OCCURRENCE.SCHEDULE_ID, release.schedule().value())
                .set(MEASURE_OCCURRENCE.GROUP_ID, release.group().value())
                .set(MEASURE_OCCURRENCE.SESSION_ID, release.session() == null ? null : release.session().value())
                .set(MEASURE_OCCURRENCE.DUE_ON, release.due())
                .set(MEASURE_OCCURRENCE.RELEASED_AT, Timestamps.toDb(release.releasedAt()));
        if (release.session() == null) {
            occurrence = insert.returningResult(MEASURE_OCCURRENCE.ID).fetchSingle(MEASURE_OCCURRENCE.ID);
        } else {
            if (Inserts.ignoringDuplicate(insert) == 0) {
                return 0;
            }
            occurrence = dsl.select(MEASURE_OCCURRENCE.ID).from(MEASURE_OCCURRENCE)
                    .where(MEASURE_OCCURRENCE.SCHEDULE_ID.eq(release.schedule().value()))
                    .and(MEASURE_OCCURRENCE.SESSION_ID.eq(release.session().value()))
                    .fetchSingle(MEASURE_OCCURRENCE.ID);
        }
        if (clients.isEmpty()) {
            return 0;
        }
        InsertValuesStep6<MeasureResponseRecord, Long, Long, Long, String, java.time.LocalDate, String> responses =
                dsl.insertInto(MEASURE_RESPONSE, MEASURE_RESPONSE.OCCURRENCE_ID, MEASURE_RESPONSE.GROUP_ID,
                        MEASURE_RESPONSE.CLIENT_ID, MEASURE_RESPONSE.INSTRUMENT, MEASURE_RESPONSE.DUE_ON,
                        MEASURE_RESPONSE.STATUS);
        for (ClientId client : clients.stream().distinct().toList()) {
            responses = responses.values(occurrence, release.group().value(), client.value(),
                    release.instrument().name(), release.due(), ResponseStatus.PENDING.name());
        }
        return responses.execute();
    }

    @Override
    public Optional<MeasureResponse> findResponse(ResponseId id) {
        return selectResponses(MEASURE_RESPONSE.ID.eq(id.value())).fetchOptional(JooqMeasureRepository::toResponse);
    }

    /** {@inheritDoc} The answers are replaced as a whole, after the version check let the row through. */
    @Override
    public void updateResponse(MeasureResponse response, int expectedVersion) {
        long id = response.id().value();
        int updated = dsl.update(MEASURE_RESPONSE)
                .set(MEASURE_RESPONSE.STATUS, response.status().name())
                .set(MEASURE_RESPONSE.SUBMITTED_AT, Timestamps.toDb(response.submittedAt()))
                .set(MEASURE_RESPONSE.VERSION, MEASURE_RESPONSE.VERSION.plus(1))
                .where(MEASURE_RESPONSE.ID.eq(id))
                .and(MEASURE_RESPONSE.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            if (dsl.fetchExists(MEASURE_RESPONSE, MEASURE_RESPONSE.ID.eq(id))) {
                throw new ConcurrentEditException(RESPONSE, response.id());
            }
            throw new NotFoundException(RESPONSE, response.id());
        }
        dsl.deleteFrom(MEASURE_ANSWER).where(MEASURE_ANSWER.RESPONSE_ID.eq(id)).execute();
        if (!response.answers().isEmpty()) {
            InsertValuesStep3<MeasureAnswerRecord, Long, Integer, Integer> step = dsl.insertInto(MEASURE_ANSWER,
                    MEASURE_ANSWER.RESPONSE_ID, MEASURE_ANSWER.ITEM, MEASURE_ANSWER.ANSWER);
            for (Map.Entry<Integer, Integer> answer : response.answers().entrySet()) {
                step = step.values(id, answer.getKey(), answer.getValue());
            }
            step.execute();
        }
    }

    @Override
    public List<MeasureResponse> pendingOf(ClientId client) {
        return selectResponses(MEASURE_RESPONSE.CLIENT_ID.eq(client.value())
                        .and(MEASURE_RESPONSE.STATUS.eq(ResponseStatus.PENDING.name())))
                .orderBy(MEASURE_RESPONSE.DUE_ON, MEASURE_RESPONSE.ID)
                .fetch(JooqMeasureRepository::toResponse);
    }

    @Override
    public List<MeasureResponse> submittedOf(ClientId client, int offset, int limit) {
        return selectResponses(submitted(client))
                .orderBy(MEASURE_RESPONSE.SUBMITTED_AT.desc(), MEASURE_RESPONSE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(JooqMeasureRepository::toResponse);
    }

    @Override
    public int countSubmittedOf(ClientId client) {
        return dsl.fetchCount(MEASURE_RESPONSE, submitted(client));
    }

    @Override
    public List<MeasureResponse> submittedOf(ClientId client, Collection<GroupId> groups) {
        return selectResponses(submitted(client)
                        .and(MEASURE_RESPONSE.GROUP_ID.in(groups.stream().map(GroupId::value).toList())))
                .orderBy(MEASURE_RESPONSE.SUBMITTED_AT, MEASURE_RESPONSE.ID)
                .fetch(JooqMeasureRepository::toResponse);
    }

    /** {@inheritDoc} Group and client are copied from the response, so they can't disagree with it. */
    @Override
    public Optional<SafetyAlert> raiseAlert(ResponseId response, Instant at) {
        int inserted = Inserts.ignoringDuplicate(dsl.insertInto(SAFETY_ALERT, SAFETY_ALERT.RESPONSE_ID,
                        SAFETY_ALERT.GROUP_ID, SAFETY_ALERT.CLIENT_ID, SAFETY_ALERT.RAISED_AT)
                .select(DSL.select(MEASURE_RESPONSE.ID, MEASURE_RESPONSE.GROUP_ID, MEASURE_RESPONSE.CLIENT_ID,
                                DSL.val(Timestamps.toDb(at), SAFETY_ALERT.RAISED_AT))
                        .from(MEASURE_RESPONSE)
                        .where(MEASURE_RESPONSE.ID.eq(response.value()))));
        if (inserted == 0) {
            return Optional.empty();
        }
        return selectAlerts(SAFETY_ALERT.RESPONSE_ID.eq(response.value())).fetchOptional(JooqMeasureRepository::toAlert);
    }

    @Override
    public Optional<SafetyAlert> findAlert(SafetyAlertId id) {
        return selectAlerts(SAFETY_ALERT.ID.eq(id.value())).fetchOptional(JooqMeasureRepository::toAlert);
    }

    @Override
    public List<SafetyAlert> openAlertsFor(UserId therapist) {
        return selectAlerts(SAFETY_ALERT.ACKNOWLEDGED_AT.isNull()
                        .and(SAFETY_ALERT.GROUP_ID.in(DSL.select(GROUP_FACILITATOR.GROUP_ID).from(GROUP_FACILITATOR)
                                .where(GROUP_FACILITATOR.USER_ID.eq(therapist.value())))))
                .orderBy(SAFETY_ALERT.RAISED_AT, SAFETY_ALERT.ID)
                .fetch(JooqMeasureRepository::toAlert);
    }

    @Override
    public boolean acknowledge(SafetyAlertId id, UserId by, Instant at) {
        return dsl.update(SAFETY_ALERT)
                .set(SAFETY_ALERT.ACKNOWLEDGED_AT, Timestamps.toDb(at))
                .set(SAFETY_ALERT.ACKNOWLEDGED_BY, by.value())
                .where(SAFETY_ALERT.ID.eq(id.value()))
                .and(SAFETY_ALERT.ACKNOWLEDGED_AT.isNull())
                .execute() == 1;
    }

    private static Condition submitted(ClientId client) {
        return MEASURE_RESPONSE.CLIENT_ID.eq(client.value())
                .and(MEASURE_RESPONSE.STATUS.eq(ResponseStatus.SUBMITTED.name()));
    }

    private SelectConditionStep<? extends Record> selectSchedules(Condition condition) {
        return dsl.select(MEASURE_SCHEDULE.ID, MEASURE_SCHEDULE.GROUP_ID, MEASURE_SCHEDULE.CLIENT_ID,
                        MEASURE_SCHEDULE.INSTRUMENT, MEASURE_SCHEDULE.EVERY_SESSIONS, MEASURE_SCHEDULE.DUE_ON,
                        MEASURE_SCHEDULE.CREATED_BY, MEASURE_SCHEDULE.CREATED_AT, LAST_RELEASED)
                .from(MEASURE_SCHEDULE)
                .where(condition);
    }

    private static MeasureSchedule toSchedule(Record r) {
        Long client = r.get(MEASURE_SCHEDULE.CLIENT_ID);
        Integer every = r.get(MEASURE_SCHEDULE.EVERY_SESSIONS);
        Cadence cadence = every != null ? new Cadence.EverySessions(every) : new Cadence.Once(r.get(MEASURE_SCHEDULE.DUE_ON));
        return new MeasureSchedule(new ScheduleId(r.get(MEASURE_SCHEDULE.ID)), new GroupId(r.get(MEASURE_SCHEDULE.GROUP_ID)),
                client == null ? null : new ClientId(client), Instrument.valueOf(r.get(MEASURE_SCHEDULE.INSTRUMENT)),
                cadence, new UserId(r.get(MEASURE_SCHEDULE.CREATED_BY)),
                Timestamps.fromDb(r.get(MEASURE_SCHEDULE.CREATED_AT)), Timestamps.fromDb(r.get(LAST_RELEASED)));
    }

    private SelectConditionStep<? extends Record> selectResponses(Condition condition) {
        return dsl.select(MEASURE_RESPONSE.ID, MEASURE_OCCURRENCE.SCHEDULE_ID, MEASURE_RESPONSE.GROUP_ID,
                        MEASURE_RESPONSE.CLIENT_ID, MEASURE_RESPONSE.INSTRUMENT, MEASURE_RESPONSE.DUE_ON,
                        MEASURE_RESPONSE.STATUS, MEASURE_RESPONSE.SUBMITTED_AT, MEASURE_RESPONSE.VERSION, ANSWERS)
                .from(MEASURE_RESPONSE)
                .join(MEASURE_OCCURRENCE).on(MEASURE_OCCURRENCE.ID.eq(MEASURE_RESPONSE.OCCURRENCE_ID))
                .where(condition);
    }

    private static MeasureResponse toResponse(Record r) {
        return new MeasureResponse(new ResponseId(r.get(MEASURE_RESPONSE.ID)),
                new ScheduleId(r.get(MEASURE_OCCURRENCE.SCHEDULE_ID)), new GroupId(r.get(MEASURE_RESPONSE.GROUP_ID)),
                new ClientId(r.get(MEASURE_RESPONSE.CLIENT_ID)), Instrument.valueOf(r.get(MEASURE_RESPONSE.INSTRUMENT)),
                r.get(MEASURE_RESPONSE.DUE_ON), ResponseStatus.valueOf(r.get(MEASURE_RESPONSE.STATUS)), r.get(ANSWERS),
                Timestamps.fromDb(r.get(MEASURE_RESPONSE.SUBMITTED_AT)), r.get(MEASURE_RESPONSE.VERSION));
    }

    private SelectConditionStep<? extends Record> selectAlerts(Condition condition) {
        SelectOnConditionStep<? extends Record> from = dsl.select(SAFETY_ALERT.ID, SAFETY_ALERT.RESPONSE_ID,
                        SAFETY_ALERT.GROUP_ID, THERAPY_GROUP.NAME, SAFETY_ALERT.CLIENT_ID, CLIENT.PREFERRED_NAME,
                        SAFETY_ALERT.RAISED_AT, SAFETY_ALERT.ACKNOWLEDGED_AT, SAFETY_ALERT.ACKNOWLEDGED_BY)
                .from(SAFETY_ALERT)
                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(SAFETY_ALERT.GROUP_ID))
                .join(CLIENT).on(CLIENT.ID.eq(SAFETY_ALERT.CLIENT_ID));
        return from.where(condition);
    }

    private static SafetyAlert toAlert(Record r) {
        Long by = r.get(SAFETY_ALERT.ACKNOWLEDGED_BY);
        return new SafetyAlert(new SafetyAlertId(r.get(SAFETY_ALERT.ID)), new ResponseId(r.get(SAFETY_ALERT.RESPONSE_ID)),
                new GroupId(r.get(SAFETY_ALERT.GROUP_ID)), r.get(THERAPY_GROUP.NAME),
                new ClientId(r.get(SAFETY_ALERT.CLIENT_ID)), r.get(CLIENT.PREFERRED_NAME),
                Timestamps.fromDb(r.get(SAFETY_ALERT.RAISED_AT)), Timestamps.fromDb(r.get(SAFETY_ALERT.ACKNOWLEDGED_AT)),
                by == null ? null : new UserId(by));
    }
}
