package org.mutual.persistence.record;

import static org.mutual.persistence.jooq.Tables.EXERCISE;
import static org.mutual.persistence.jooq.Tables.EXERCISE_RECORD;
import static org.mutual.persistence.jooq.Tables.EXERCISE_VALUE;
import static org.mutual.persistence.jooq.Tables.PLAN_ITEM;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.mutual.domain.attendance.AttendanceMark;
import org.mutual.domain.attendance.SessionMembers;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.FieldType;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.plan.PlanItem;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.record.ClientRecordValue;
import org.mutual.domain.record.ExerciseRecord;
import org.mutual.domain.record.RecordRepository;
import org.mutual.domain.record.RecordTarget;
import org.mutual.domain.record.RecordedExercise;
import org.mutual.domain.record.RecordedValue;
import org.mutual.domain.record.Subject;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.base.Inserts;
import org.mutual.persistence.attendance.JooqAttendanceRepository;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.exercise.JooqExerciseRepository;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.session.JooqSessionRepository;
import org.springframework.stereotype.Repository;

@Repository
public class JooqRecordRepository implements RecordRepository {

    static final String RECORD_TYPE = "record";

    /** The item's values, turns in order first, nested so a whole session's records are one query. */
    private static final Field<List<RecordedValue>> VALUES = DSL.multiset(
                    DSL.select(EXERCISE_VALUE.SUBJECT, EXERCISE_VALUE.FIELD_KEY, EXERCISE_VALUE.FIELD_VALUE,
                                    EXERCISE_VALUE.RECORDED_AT, EXERCISE_VALUE.RECORDED_BY)
                            .from(EXERCISE_VALUE)
                            .where(EXERCISE_VALUE.PLAN_ITEM_ID.eq(PLAN_ITEM.ID))
                            .orderBy(EXERCISE_VALUE.TURN_NO, EXERCISE_VALUE.SUBJECT, EXERCISE_VALUE.FIELD_KEY))
            .convertFrom(rows -> rows.map(r -> new RecordedValue(r.value1(), r.value2(), r.value3(),
                    Timestamps.fromDb(r.value4()), new UserId(r.value5()))));

    private final DSLContext dsl;

    public JooqRecordRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ExerciseRecord> values(SessionId session) {
        return dsl.select(PLAN_ITEM.ID, PLAN_ITEM.SESSION_ID, PLAN_ITEM.EXERCISE_ID, EXERCISE.TITLE,
                        PLAN_ITEM.POSITION, PLAN_ITEM.MINUTES, EXERCISE_RECORD.OBSERVATION, VALUES,
                        EXERCISE_RECORD.VERSION)
                .from(PLAN_ITEM)
                .join(EXERCISE).on(EXERCISE.ID.eq(PLAN_ITEM.EXERCISE_ID))
                .leftJoin(EXERCISE_RECORD).on(EXERCISE_RECORD.PLAN_ITEM_ID.eq(PLAN_ITEM.ID))
                .where(PLAN_ITEM.SESSION_ID.eq(session.value()))
                .orderBy(PLAN_ITEM.POSITION, PLAN_ITEM.ID)
                .fetch(r -> new ExerciseRecord(
                        new PlanItem(new PlanItemId(r.value1()), new SessionId(r.value2()), new ExerciseId(r.value3()),
                                r.value4(), r.value5(), r.value6()),
                        r.value7(), r.value8(), r.value9() == null ? 0 : r.value9()));
    }

    @Override
    public List<RecordedExercise> recordsWithExercises(SessionId session) {
        List<Field<?>> columns = new ArrayList<>(List.of(PLAN_ITEM.ID, PLAN_ITEM.SESSION_ID, PLAN_ITEM.EXERCISE_ID,
                PLAN_ITEM.POSITION, PLAN_ITEM.MINUTES, EXERCISE_RECORD.OBSERVATION, VALUES, EXERCISE_RECORD.VERSION));
        columns.addAll(JooqExerciseRepository.COLUMNS);
        return dsl.select(columns)
                .from(PLAN_ITEM)
                .join(EXERCISE).on(EXERCISE.ID.eq(PLAN_ITEM.EXERCISE_ID))
                .leftJoin(EXERCISE_RECORD).on(EXERCISE_RECORD.PLAN_ITEM_ID.eq(PLAN_ITEM.ID))
                .where(PLAN_ITEM.SESSION_ID.eq(session.value()))
                .orderBy(PLAN_ITEM.POSITION, PLAN_ITEM.ID)
                .fetch(r -> {
                    Integer version = r.get(EXERCISE_RECORD.VERSION);
                    ExerciseRecord record = new ExerciseRecord(planItem(r), r.get(EXERCISE_RECORD.OBSERVATION),
                            r.get(VALUES), version == null ? 0 : version);
                    return new RecordedExercise(record, JooqExerciseRepository.toExercise(r));
                });
    }

    /**
     * {@inheritDoc}
     *
     * <p>The session's group's periods, their clients and the session's marks are nested lists of the
     * plan item's row.
     */
    @Override
    public Optional<RecordTarget> target(PlanItemId item) {
        Field<List<MembershipPeriod>> periods = JooqMembershipRepository.periodsOfGroup(THERAPY_SESSION.GROUP_ID);
        Field<List<Client>> clients = JooqClientRepository.clientsOfGroup(THERAPY_SESSION.GROUP_ID);
        Field<List<AttendanceMark>> marks = JooqAttendanceRepository.marksOfSession(THERAPY_SESSION.ID);
        List<Field<?>> columns = new ArrayList<>(List.of(PLAN_ITEM.ID, PLAN_ITEM.SESSION_ID, PLAN_ITEM.EXERCISE_ID,
                PLAN_ITEM.POSITION, PLAN_ITEM.MINUTES));
        columns.addAll(List.of(THERAPY_SESSION.fields()));
        columns.addAll(JooqExerciseRepository.COLUMNS);
        columns.addAll(List.of(periods, clients, marks));
        return dsl.select(columns)
                .from(PLAN_ITEM)
                .join(THERAPY_SESSION).on(THERAPY_SESSION.ID.eq(PLAN_ITEM.SESSION_ID))
                .join(EXERCISE).on(EXERCISE.ID.eq(PLAN_ITEM.EXERCISE_ID))
                .where(PLAN_ITEM.ID.eq(item.value()))
                .fetchOptional(r -> new RecordTarget(planItem(r),
                        JooqSessionRepository.toSession(r.into(THERAPY_SESSION)), JooqExerciseRepository.toExercise(r),
                        new SessionMembers(r.get(periods), r.get(clients), r.get(marks))));
    }

    private static PlanItem planItem(Record r) {
        return new PlanItem(new PlanItemId(r.get(PLAN_ITEM.ID)), new SessionId(r.get(PLAN_ITEM.SESSION_ID)),
                new ExerciseId(r.get(PLAN_ITEM.EXERCISE_ID)), r.get(EXERCISE.TITLE), r.get(PLAN_ITEM.POSITION),
                r.get(PLAN_ITEM.MINUTES));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Update-if-different, else insert-if-absent, else update-if-different again: each statement is
     * atomic, so two devices setting the same value at once never fail on the primary key.
     */
    @Override
    public boolean setValue(PlanItemId item, String subject, String fieldKey, String value, UserId by, Instant at) {
        if (change(item, subject, fieldKey, value, by, at)) {
            return true;
        }
        int inserted = Inserts.ignoringDuplicate(dsl.insertInto(EXERCISE_VALUE)
                .set(EXERCISE_VALUE.PLAN_ITEM_ID, item.value())
                .set(EXERCISE_VALUE.SUBJECT, subject)
                .set(EXERCISE_VALUE.FIELD_KEY, fieldKey)
                .set(EXERCISE_VALUE.FIELD_VALUE, value)
                .set(EXERCISE_VALUE.RECORDED_AT, Timestamps.toDb(at))
                .set(EXERCISE_VALUE.RECORDED_BY, by.value()));
        return inserted == 1 || change(item, subject, fieldKey, value, by, at);
    }

    /**
     * {@inheritDoc}
     *
     * <p>One insert-or-update: the new value is computed by the database from the stored one ({@code
     * value = value + delta} in the update part), never read into Java first, so concurrent taps
     * serialise on the row instead of overwriting each other. A first tap on two devices at once is
     * settled by PostgreSQL's {@code ON CONFLICT}; on H2 the MERGE that lost the insert runs once more
     * ({@link Inserts#upsertingOnce}).
     */
    @Override
    public int increment(PlanItemId item, String subject, String fieldKey, int delta, UserId by, Instant at) {
        return Inserts.upsertingOnce(() -> upsertCount(item, subject, fieldKey, delta, by, at));
    }

    private int upsertCount(PlanItemId item, String subject, String fieldKey, int delta, UserId by, Instant at) {
        Field<Integer> sum = EXERCISE_VALUE.FIELD_VALUE.cast(SQLDataType.INTEGER).plus(delta);
        Field<Integer> clamped = DSL.greatest(DSL.inline(0), DSL.least(DSL.inline(FieldType.COUNTER_MAX), sum));
        String stored = dsl.insertInto(EXERCISE_VALUE)
                .set(EXERCISE_VALUE.PLAN_ITEM_ID, item.value())
                .set(EXERCISE_VALUE.SUBJECT, subject)
                .set(EXERCISE_VALUE.FIELD_KEY, fieldKey)
                .set(EXERCISE_VALUE.FIELD_VALUE, Integer.toString(Math.clamp(delta, 0, FieldType.COUNTER_MAX)))
                .set(EXERCISE_VALUE.RECORDED_AT, Timestamps.toDb(at))
                .set(EXERCISE_VALUE.RECORDED_BY, by.value())
                .onConflict(EXERCISE_VALUE.PLAN_ITEM_ID, EXERCISE_VALUE.SUBJECT, EXERCISE_VALUE.FIELD_KEY)
                .doUpdate()
                .set(EXERCISE_VALUE.FIELD_VALUE, clamped.cast(SQLDataType.VARCHAR(200)))
                .set(EXERCISE_VALUE.RECORDED_AT, Timestamps.toDb(at))
                .set(EXERCISE_VALUE.RECORDED_BY, by.value())
                .returningResult(EXERCISE_VALUE.FIELD_VALUE)
                .fetchSingle(EXERCISE_VALUE.FIELD_VALUE);
        return Integer.parseInt(stored);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Locks the plan item's row while the next number is drawn, so two devices adding a turn at
     * once get n + 1 and n + 2; the unique (item, turn) constraint backs that up.
     */
    @Override
    public int addTurn(PlanItemId item, ClientId client, String fieldKey, String value, UserId by, Instant at) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            t.select(PLAN_ITEM.ID).from(PLAN_ITEM).where(PLAN_ITEM.ID.eq(item.value())).forUpdate()
                    .fetchOptional().orElseThrow(() -> new NotFoundException("planitem", item));
            int next = t.select(DSL.coalesce(DSL.max(EXERCISE_VALUE.TURN_NO), 0)).from(EXERCISE_VALUE)
                    .where(EXERCISE_VALUE.PLAN_ITEM_ID.eq(item.value()))
                    .fetchSingle().value1() + 1;
            t.insertInto(EXERCISE_VALUE)
                    .set(EXERCISE_VALUE.PLAN_ITEM_ID, item.value())
                    .set(EXERCISE_VALUE.SUBJECT, new Subject.Turn(next, client).key())
                    .set(EXERCISE_VALUE.FIELD_KEY, fieldKey)
                    .set(EXERCISE_VALUE.FIELD_VALUE, value)
                    .set(EXERCISE_VALUE.TURN_NO, next)
                    .set(EXERCISE_VALUE.RECORDED_AT, Timestamps.toDb(at))
                    .set(EXERCISE_VALUE.RECORDED_BY, by.value())
                    .execute();
            return next;
        });
    }

    @Override
    public boolean removeLastTurn(PlanItemId item) {
        var latest = EXERCISE_VALUE.as("latest");
        return dsl.deleteFrom(EXERCISE_VALUE)
                .where(EXERCISE_VALUE.PLAN_ITEM_ID.eq(item.value()))
                .and(EXERCISE_VALUE.TURN_NO.eq(DSL.select(DSL.max(latest.TURN_NO)).from(latest)
                        .where(latest.PLAN_ITEM_ID.eq(item.value()))))
                .execute() > 0;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The first observation inserts the row at version 1; a second first write loses on the primary
     * key and is reported as a concurrent edit, like any stale version.
     */
    @Override
    public int setObservation(PlanItemId item, String text, int expectedVersion) {
        if (expectedVersion == 0) {
            int inserted = Inserts.ignoringDuplicate(dsl.insertInto(EXERCISE_RECORD)
                    .set(EXERCISE_RECORD.PLAN_ITEM_ID, item.value())
                    .set(EXERCISE_RECORD.OBSERVATION, text)
                    .set(EXERCISE_RECORD.VERSION, 1));
            if (inserted == 1) {
                return 1;
            }
            throw new ConcurrentEditException(RECORD_TYPE, "planitem:" + item);
        }
        int updated = dsl.update(EXERCISE_RECORD)
                .set(EXERCISE_RECORD.OBSERVATION, text)
                .set(EXERCISE_RECORD.VERSION, EXERCISE_RECORD.VERSION.plus(1))
                .where(EXERCISE_RECORD.PLAN_ITEM_ID.eq(item.value()))
                .and(EXERCISE_RECORD.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            if (dsl.fetchExists(PLAN_ITEM, PLAN_ITEM.ID.eq(item.value()))) {
                throw new ConcurrentEditException(RECORD_TYPE, "planitem:" + item);
            }
            throw new NotFoundException("planitem", item);
        }
        return expectedVersion + 1;
    }

    private boolean change(PlanItemId item, String subject, String fieldKey, String value, UserId by, Instant at) {
        return dsl.update(EXERCISE_VALUE)
                .set(EXERCISE_VALUE.FIELD_VALUE, value)
                .set(EXERCISE_VALUE.RECORDED_AT, Timestamps.toDb(at))
                .set(EXERCISE_VALUE.RECORDED_BY, by.value())
                .where(key(item, subject, fieldKey))
                .and(EXERCISE_VALUE.FIELD_VALUE.ne(value))
                .execute() == 1;
    }

    private static Condition key(PlanItemId item, String subject, String fieldKey) {
        return EXERCISE_VALUE.PLAN_ITEM_ID.eq(item.value())
                .and(EXERCISE_VALUE.SUBJECT.eq(subject))
                .and(EXERCISE_VALUE.FIELD_KEY.eq(fieldKey));
    }

    @Override
    public List<ClientRecordValue> valuesAbout(ClientId client, Collection<GroupId> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        String id = client.toString();
        Condition aboutClient = EXERCISE_VALUE.SUBJECT.eq("member:" + id)
                .or(EXERCISE_VALUE.SUBJECT.like("pair:" + id + "-%"))
                .or(EXERCISE_VALUE.SUBJECT.like("pair:%-" + id))
                .or(EXERCISE_VALUE.SUBJECT.like("turn:%:" + id));
        return dsl.select(THERAPY_SESSION.ID, THERAPY_SESSION.STARTS_AT, EXERCISE.TITLE, EXERCISE.PRACTICE,
                        EXERCISE_VALUE.SUBJECT, EXERCISE_VALUE.FIELD_KEY, EXERCISE_VALUE.FIELD_VALUE)
                .from(EXERCISE_VALUE)
                .join(PLAN_ITEM).on(PLAN_ITEM.ID.eq(EXERCISE_VALUE.PLAN_ITEM_ID))
                .join(THERAPY_SESSION).on(THERAPY_SESSION.ID.eq(PLAN_ITEM.SESSION_ID))
                .join(EXERCISE).on(EXERCISE.ID.eq(PLAN_ITEM.EXERCISE_ID))
                .where(THERAPY_SESSION.GROUP_ID.in(groups.stream().map(GroupId::value).toList()))
                .and(aboutClient)
                .orderBy(THERAPY_SESSION.STARTS_AT, PLAN_ITEM.POSITION, EXERCISE_VALUE.SUBJECT, EXERCISE_VALUE.FIELD_KEY)
                .fetch(r -> new ClientRecordValue(new SessionId(r.value1()), Timestamps.fromDb(r.value2()), r.value3(),
                        r.value4() == null ? null : Practice.valueOf(r.value4()), r.value5(), r.value6(), r.value7()));
    }
}
