package org.mutual.persistence.progress;

import static org.mutual.persistence.jooq.Tables.ATTENDANCE;
import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.EXERCISE;
import static org.mutual.persistence.jooq.Tables.EXERCISE_VALUE;
import static org.mutual.persistence.jooq.Tables.HOMEWORK;
import static org.mutual.persistence.jooq.Tables.MEASURE_ANSWER;
import static org.mutual.persistence.jooq.Tables.MEASURE_RESPONSE;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.PLAN_ITEM;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.mutual.domain.attendance.AttendanceMark;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.ResponseId;
import org.mutual.domain.measure.ResponseStatus;
import org.mutual.domain.measure.Score;
import org.mutual.domain.measure.ScorePoint;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.progress.HomeworkTally;
import org.mutual.domain.progress.ProgressRepository;
import org.mutual.domain.progress.ProgressSource;
import org.mutual.domain.progress.ProgressSource.MemberScore;
import org.mutual.domain.progress.ProgressSource.PairTurns;
import org.mutual.domain.record.Subject;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Timestamps;
import org.springframework.stereotype.Repository;

/**
 * The group progress read. One statement: the group row with one MULTISET per kind of data. Homework is counted and the
 * give-and-take turn counts are paired up by the database (aggregates), so only the rows the
 * domain needs travel.
 */
@Repository
public class JooqProgressRepository implements ProgressRepository {

    private static final String TURNS_A = "turns_a";
    private static final String TURNS_B = "turns_b";

    private final DSLContext dsl;

    public JooqProgressRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ProgressSource> load(GroupId group, boolean clinical, LocalDate today) {
        long id = group.value();
        Field<List<Session>> sessions = heldSessions(group);
        Field<List<PeriodRow>> periods = periods(group);
        Field<List<AttendanceMark>> marks = marks(id);
        Field<Map<ClientId, HomeworkTally>> homework = homework(id, today);
        Field<List<MemberScore>> scores = scores(id);
        Field<List<PairTurns>> turns = giveAndTake(id);

        List<SelectField<?>> fields = new ArrayList<>(List.of(THERAPY_GROUP.NAME, sessions, periods, marks));
        if (clinical) {
            fields.addAll(List.of(homework, scores, turns));
        }
        return dsl.select(fields)
                .from(THERAPY_GROUP)
                .where(THERAPY_GROUP.ID.eq(id))
                .fetchOptional()
                .map(r -> {
                    List<PeriodRow> rows = r.get(periods);
                    Map<ClientId, String> names = new HashMap<>();
                    rows.forEach(p -> names.put(p.period().client(), p.name()));
                    return new ProgressSource(r.get(THERAPY_GROUP.NAME), r.get(sessions),
                            rows.stream().map(PeriodRow::period).toList(), names, r.get(marks),
                            clinical ? r.get(homework) : Map.of(), clinical ? r.get(scores) : List.of(),
                            clinical ? r.get(turns) : List.of());
                });
    }

    private static Field<List<Session>> heldSessions(GroupId group) {
        return DSL.multiset(
                        DSL.select(THERAPY_SESSION.ID, THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ENDS_AT)
                                .from(THERAPY_SESSION)
                                .where(THERAPY_SESSION.GROUP_ID.eq(group.value()))
                                .and(THERAPY_SESSION.STATUS.eq(SessionStatus.HELD.name()))
                                .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID))
                .convertFrom(rows -> rows.map(r -> new Session(new SessionId(r.value1()), group, null,
                        Timestamps.fromDb(r.value2()), Timestamps.fromDb(r.value3()), null, SessionStatus.HELD, null,
                        false, 0)));
    }

    private static Field<List<PeriodRow>> periods(GroupId group) {
        return DSL.multiset(
                        DSL.select(MEMBERSHIP.ID, MEMBERSHIP.CLIENT_ID, MEMBERSHIP.JOINED_ON, MEMBERSHIP.LEFT_ON,
                                        MEMBERSHIP.STATUS, CLIENT.PREFERRED_NAME)
                                .from(MEMBERSHIP)
                                .join(CLIENT).on(CLIENT.ID.eq(MEMBERSHIP.CLIENT_ID))
                                .where(MEMBERSHIP.GROUP_ID.eq(group.value()))
                                .orderBy(MEMBERSHIP.JOINED_ON, MEMBERSHIP.ID))
                .convertFrom(rows -> rows.map(r -> new PeriodRow(new MembershipPeriod(new MembershipId(r.value1()),
                        group, new ClientId(r.value2()), r.value3(), r.value4(), MembershipStatus.valueOf(r.value5()),
                        null, Set.of(), 0), r.value6())));
    }

    private static Field<List<AttendanceMark>> marks(long group) {
        return DSL.multiset(
                        DSL.select(ATTENDANCE.SESSION_ID, ATTENDANCE.CLIENT_ID, ATTENDANCE.STATUS, ATTENDANCE.MARKED_AT,
                                        ATTENDANCE.MARKED_BY)
                                .from(ATTENDANCE)
                                .join(THERAPY_SESSION).on(THERAPY_SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                                .where(THERAPY_SESSION.GROUP_ID.eq(group))
                                .and(THERAPY_SESSION.STATUS.eq(SessionStatus.HELD.name())))
                .convertFrom(rows -> rows.map(r -> new AttendanceMark(new SessionId(r.value1()),
                        new ClientId(r.value2()), AttendanceStatus.valueOf(r.value3()), Timestamps.fromDb(r.value4()),
                        new UserId(r.value5()))));
    }

    /** Per client: assigned, handed in, and still assigned after the due day. */
    private static Field<Map<ClientId, HomeworkTally>> homework(long group, LocalDate today) {
        Field<Integer> assigned = DSL.count();
        Field<Integer> done = DSL.count().filterWhere(HOMEWORK.STATUS.ne(HomeworkStatus.ASSIGNED.name()));
        Field<Integer> overdue = DSL.count().filterWhere(HOMEWORK.STATUS.eq(HomeworkStatus.ASSIGNED.name())
                .and(HOMEWORK.DUE_ON.lt(today)));
        return DSL.multiset(
                        DSL.select(HOMEWORK.CLIENT_ID, assigned, done, overdue)
                                .from(HOMEWORK)
                                .where(HOMEWORK.GROUP_ID.eq(group))
                                .groupBy(HOMEWORK.CLIENT_ID))
                .convertFrom(rows -> rows.stream().collect(Collectors.toMap(r -> new ClientId(r.value1()),
                        r -> new HomeworkTally(r.value2(), r.value3(), r.value4()))));
    }

    /** Submitted questionnaires given in the group, each with its answers; the domain scores them. */
    private static Field<List<MemberScore>> scores(long group) {
        Field<Map<Integer, Integer>> answers = DSL.multiset(
                        DSL.select(MEASURE_ANSWER.ITEM, MEASURE_ANSWER.ANSWER)
                                .from(MEASURE_ANSWER)
                                .where(MEASURE_ANSWER.RESPONSE_ID.eq(MEASURE_RESPONSE.ID)))
                .convertFrom(rows -> rows.stream().collect(Collectors.toMap(Record2::value1, Record2::value2,
                        (a, b) -> a, TreeMap::new)));
        return DSL.multiset(
                        DSL.select(MEASURE_RESPONSE.ID, MEASURE_RESPONSE.CLIENT_ID, MEASURE_RESPONSE.INSTRUMENT,
                                        MEASURE_RESPONSE.SUBMITTED_AT, answers)
                                .from(MEASURE_RESPONSE)
                                .where(MEASURE_RESPONSE.GROUP_ID.eq(group))
                                .and(MEASURE_RESPONSE.STATUS.eq(ResponseStatus.SUBMITTED.name())))
                .convertFrom(rows -> {
                    List<MemberScore> scored = new ArrayList<>();
                    for (var r : rows) {
                        Score.of(Instrument.valueOf(r.value3()), r.value5()).ifPresent(score -> scored.add(
                                new MemberScore(new ClientId(r.value2()), new ScorePoint(new ResponseId(r.value1()),
                                        Timestamps.fromDb(r.value4()), score))));
                    }
                    return scored;
                });
    }

    /** Both turn counts of every pair of every give-and-take exercise held in the group's sessions. */
    private static Field<List<PairTurns>> giveAndTake(long group) {
        Field<String> turnsA = DSL.max(DSL.when(EXERCISE_VALUE.FIELD_KEY.eq(TURNS_A), EXERCISE_VALUE.FIELD_VALUE));
        Field<String> turnsB = DSL.max(DSL.when(EXERCISE_VALUE.FIELD_KEY.eq(TURNS_B), EXERCISE_VALUE.FIELD_VALUE));
        return DSL.multiset(
                        DSL.select(THERAPY_SESSION.ID, THERAPY_SESSION.STARTS_AT, EXERCISE_VALUE.SUBJECT, turnsA, turnsB)
                                .from(EXERCISE_VALUE)
                                .join(PLAN_ITEM).on(PLAN_ITEM.ID.eq(EXERCISE_VALUE.PLAN_ITEM_ID))
                                .join(EXERCISE).on(EXERCISE.ID.eq(PLAN_ITEM.EXERCISE_ID))
                                .join(THERAPY_SESSION).on(THERAPY_SESSION.ID.eq(PLAN_ITEM.SESSION_ID))
                                .where(THERAPY_SESSION.GROUP_ID.eq(group))
                                .and(EXERCISE.PRACTICE.eq(Practice.GIVE_AND_TAKE.name()))
                                .and(EXERCISE_VALUE.SUBJECT.startsWith("pair:"))
                                .and(EXERCISE_VALUE.FIELD_KEY.in(TURNS_A, TURNS_B))
                                .groupBy(PLAN_ITEM.ID, THERAPY_SESSION.ID, THERAPY_SESSION.STARTS_AT,
                                        EXERCISE_VALUE.SUBJECT))
                .convertFrom(rows -> {
                    List<PairTurns> pairs = new ArrayList<>();
                    for (var r : rows) {
                        if (Subject.parse(r.value3()) instanceof Subject.Pair pair) {
                            pairs.add(new PairTurns(new SessionId(r.value1()), Timestamps.fromDb(r.value2()), pair.a(),
                                    pair.b(), count(r.value4()), count(r.value5())));
                        }
                    }
                    return pairs;
                });
    }

    /** A stored counter; one side not tapped yet has no row and counts 0. */
    private static int count(String stored) {
        return stored == null ? 0 : Integer.parseInt(stored.strip());
    }

    private record PeriodRow(MembershipPeriod period, String name) {
    }
}
