package org.mutual.persistence.homework;

import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.HOMEWORK;
import static org.mutual.persistence.jooq.Tables.HOMEWORK_ANSWER;
import static org.mutual.persistence.jooq.Tables.HOMEWORK_BATCH;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep3;
import org.jooq.InsertValuesStep8;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.AssignedBatch;
import org.mutual.domain.homework.AssignmentBatchId;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkRepository;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.homework.HomeworkSummary;
import org.mutual.domain.homework.NewHomework;
import org.mutual.domain.homework.ReviewItem;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.PreparedRead;
import org.mutual.persistence.base.RowValues;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.jooq.tables.records.HomeworkAnswerRecord;
import org.mutual.persistence.jooq.tables.records.HomeworkRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqHomeworkRepository implements HomeworkRepository {

    static final String RECORD_TYPE = "homework";

    private static final Field<Map<String, String>> ANSWERS = DSL.multiset(
                    DSL.select(HOMEWORK_ANSWER.ANSWER_KEY, HOMEWORK_ANSWER.ANSWER_VALUE)
                            .from(HOMEWORK_ANSWER)
                            .where(HOMEWORK_ANSWER.HOMEWORK_ID.eq(HOMEWORK.ID)))
            .convertFrom(rows -> rows.stream().collect(Collectors.toMap(Record2::value1, Record2::value2,
                    (a, b) -> a, TreeMap::new)));

    /**
     * The same answers for the prepared reads (see {@link PreparedRead}): one array of {@code key=value}
     * texts, in no order. An answer key is an identifier ({@link Homework#ANSWER_KEY}: letters and
     * underscores), so the first {@code =} ends it; one aggregate without a sort is the cheapest nesting
     * for the database (the homework board reads 240 of them).
     */
    private static final Field<String[]> ANSWER_PAIRS = DSL.field(
            DSL.select(DSL.arrayAgg(HOMEWORK_ANSWER.ANSWER_KEY.concat(DSL.inline("=")).concat(HOMEWORK_ANSWER.ANSWER_VALUE)))
                    .from(HOMEWORK_ANSWER)
                    .where(HOMEWORK_ANSWER.HOMEWORK_ID.eq(HOMEWORK.ID))).as("answers");

    private static final Param<Long> GROUP_PARAM = DSL.param("group", Long.class);
    private static final Param<Long> CLIENT_PARAM = DSL.param("client", Long.class);
    private static final Param<Integer> OFFSET = DSL.param("offset", Integer.class);
    private static final Param<Integer> LIMIT = DSL.param("limit", Integer.class);

    private final DSLContext dsl;
    private final PreparedRead<Homework> board;
    private final PreparedRead<Homework> ofClient;

    public JooqHomeworkRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.board = PreparedRead.of(dsl, dsl.select(preparedColumns()).from(HOMEWORK)
                        .where(HOMEWORK.GROUP_ID.eq(GROUP_PARAM))
                        .orderBy(HOMEWORK.DUE_ON, HOMEWORK.BATCH_ID, HOMEWORK.CLIENT_ID),
                JooqHomeworkRepository::homework, GROUP_PARAM);
        this.ofClient = PreparedRead.page(dsl, dsl.select(preparedColumns()).from(HOMEWORK)
                        .where(HOMEWORK.CLIENT_ID.eq(CLIENT_PARAM))
                        .orderBy(HOMEWORK.DUE_ON.desc(), HOMEWORK.ID.desc())
                        .offset(OFFSET)
                        .limit(LIMIT),
                JooqHomeworkRepository::homework, List.of(CLIENT_PARAM), OFFSET, LIMIT);
    }

    /** {@inheritDoc} Two statements in all: the batch row, then every member's homework at once. */
    @Override
    public AssignedBatch createBatch(NewHomework homework, List<ClientId> clients) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one client");
        }
        long batch = dsl.insertInto(HOMEWORK_BATCH)
                .set(HOMEWORK_BATCH.GROUP_ID, homework.group().value())
                .set(HOMEWORK_BATCH.ASSIGNED_BY, homework.assignedBy().value())
                .set(HOMEWORK_BATCH.ASSIGNED_AT, Timestamps.toDb(homework.assignedAt()))
                .returningResult(HOMEWORK_BATCH.ID)
                .fetchSingle(HOMEWORK_BATCH.ID);
        InsertValuesStep8<HomeworkRecord, Long, Long, Long, Long, Long, String, String, LocalDate> insert =
                dsl.insertInto(HOMEWORK, HOMEWORK.BATCH_ID, HOMEWORK.GROUP_ID, HOMEWORK.CLIENT_ID,
                        HOMEWORK.SESSION_ID, HOMEWORK.EXERCISE_ID, HOMEWORK.TITLE, HOMEWORK.INSTRUCTIONS,
                        HOMEWORK.DUE_ON);
        Long session = homework.session() == null ? null : homework.session().value();
        Long exercise = homework.exercise() == null ? null : homework.exercise().value();
        for (ClientId client : clients) {
            insert = insert.values(batch, homework.group().value(), client.value(), session, exercise,
                    homework.title(), homework.instructions(), homework.due());
        }
        // The returned rows' order is the database's; (batch, client) is unique, so map by client.
        Map<Long, Long> idByClient = insert.returningResult(HOMEWORK.CLIENT_ID, HOMEWORK.ID)
                .fetchMap(HOMEWORK.CLIENT_ID, HOMEWORK.ID);
        return new AssignedBatch(new AssignmentBatchId(batch),
                clients.stream().map(c -> new HomeworkId(idByClient.get(c.value()))).toList());
    }

    @Override
    public Optional<Homework> find(HomeworkId id) {
        return select(HOMEWORK.ID.eq(id.value())).fetchOptional(JooqHomeworkRepository::toHomework);
    }

    /** {@inheritDoc} The answers are replaced as a whole, after the version check let the row through. */
    @Override
    public void update(Homework homework, int expectedVersion) {
        long id = homework.id().value();
        int updated = dsl.update(HOMEWORK)
                .set(HOMEWORK.STATUS, homework.status().name())
                .set(HOMEWORK.REFLECTION, homework.reflection())
                .set(HOMEWORK.FEEDBACK, homework.feedback())
                .set(HOMEWORK.SUBMITTED_AT, Timestamps.toDb(homework.submittedAt()))
                .set(HOMEWORK.REVIEWED_AT, Timestamps.toDb(homework.reviewedAt()))
                .set(HOMEWORK.REVIEWED_BY, homework.reviewedBy() == null ? null : homework.reviewedBy().value())
                .set(HOMEWORK.VERSION, HOMEWORK.VERSION.plus(1))
                .where(HOMEWORK.ID.eq(id))
                .and(HOMEWORK.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            if (dsl.fetchExists(HOMEWORK, HOMEWORK.ID.eq(id))) {
                throw new ConcurrentEditException(RECORD_TYPE, homework.id());
            }
            throw new NotFoundException(RECORD_TYPE, homework.id());
        }
        dsl.deleteFrom(HOMEWORK_ANSWER).where(HOMEWORK_ANSWER.HOMEWORK_ID.eq(id)).execute();
        if (!homework.answers().isEmpty()) {
            InsertValuesStep3<HomeworkAnswerRecord, Long, String, String> step = dsl.insertInto(HOMEWORK_ANSWER,
                    HOMEWORK_ANSWER.HOMEWORK_ID, HOMEWORK_ANSWER.ANSWER_KEY, HOMEWORK_ANSWER.ANSWER_VALUE);
            for (Map.Entry<String, String> answer : homework.answers().entrySet()) {
                step = step.values(id, answer.getKey(), answer.getValue());
            }
            step.execute();
        }
    }

    @Override
    public List<Homework> ofClient(ClientId client, int offset, int limit) {
        return ofClient.fetch(client.value(), offset, limit);
    }

    @Override
    public int countOfClient(ClientId client) {
        return dsl.fetchCount(HOMEWORK, HOMEWORK.CLIENT_ID.eq(client.value()));
    }

    @Override
    public List<HomeworkSummary> summariesOfClient(ClientId client, boolean open, int offset, int limit) {
        return dsl.select(HOMEWORK.ID, HOMEWORK.TITLE, HOMEWORK.DUE_ON, HOMEWORK.STATUS)
                .from(HOMEWORK)
                .where(HOMEWORK.CLIENT_ID.eq(client.value()).and(openCondition(open)))
                .orderBy(open ? HOMEWORK.DUE_ON.asc() : HOMEWORK.DUE_ON.desc(), open ? HOMEWORK.ID.asc() : HOMEWORK.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new HomeworkSummary(new HomeworkId(r.value1()), r.value2(), r.value3(),
                        HomeworkStatus.valueOf(r.value4())));
    }

    @Override
    public int countOfClient(ClientId client, boolean open) {
        return dsl.fetchCount(HOMEWORK, HOMEWORK.CLIENT_ID.eq(client.value()).and(openCondition(open)));
    }

    @Override
    public Map<HomeworkStatus, Integer> countsOfClient(ClientId client) {
        Map<HomeworkStatus, Integer> counts = new EnumMap<>(HomeworkStatus.class);
        dsl.select(HOMEWORK.STATUS, DSL.count())
                .from(HOMEWORK)
                .where(HOMEWORK.CLIENT_ID.eq(client.value()))
                .groupBy(HOMEWORK.STATUS)
                .forEach(r -> counts.put(HomeworkStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    @Override
    public List<Homework> dueAt(GroupId group, SessionId previousSession, LocalDate from, LocalDate to) {
        Condition due = HOMEWORK.DUE_ON.between(from, to);
        Condition fromPrevious = previousSession == null ? DSL.falseCondition()
                : HOMEWORK.SESSION_ID.eq(previousSession.value());
        return select(HOMEWORK.GROUP_ID.eq(group.value()).and(due.or(fromPrevious)))
                .orderBy(HOMEWORK.CLIENT_ID, HOMEWORK.DUE_ON, HOMEWORK.ID)
                .fetch(JooqHomeworkRepository::toHomework);
    }

    private static Condition openCondition(boolean open) {
        return open ? HOMEWORK.STATUS.eq(HomeworkStatus.ASSIGNED.name())
                : HOMEWORK.STATUS.ne(HomeworkStatus.ASSIGNED.name());
    }

    @Override
    public List<Homework> board(GroupId group) {
        return board.fetch(group.value());
    }

    @Override
    public List<ReviewItem> toReview(UserId therapist) {
        // Starts from the therapist's groups and finds each group's submitted homework through
        // homework_review_ix (status, group). The outer join fixes that order: H2 reorders inner joins and
        // would start from every submitted homework of the practice. The inner join to the client drops
        // the null row of a group with nothing submitted.
        return dsl.select(columns()).select(CLIENT.PREFERRED_NAME, THERAPY_GROUP.NAME)
                .from(GROUP_FACILITATOR)
                .leftJoin(HOMEWORK).on(HOMEWORK.STATUS.eq(HomeworkStatus.SUBMITTED.name())
                        .and(HOMEWORK.GROUP_ID.eq(GROUP_FACILITATOR.GROUP_ID)))
                .join(CLIENT).on(CLIENT.ID.eq(HOMEWORK.CLIENT_ID))
                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(HOMEWORK.GROUP_ID))
                .where(GROUP_FACILITATOR.USER_ID.eq(therapist.value()))
                .orderBy(HOMEWORK.SUBMITTED_AT, HOMEWORK.ID)
                .fetch(r -> new ReviewItem(toHomework(r), r.get(CLIENT.PREFERRED_NAME), r.get(THERAPY_GROUP.NAME)));
    }

    @Override
    public Map<ClientId, HomeworkStatus> statusOfSession(SessionId session) {
        return dsl.select(HOMEWORK.CLIENT_ID, HOMEWORK.STATUS)
                .from(HOMEWORK)
                .where(HOMEWORK.SESSION_ID.eq(session.value()))
                .orderBy(HOMEWORK.CLIENT_ID)
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> new ClientId(r.value1()), r -> HomeworkStatus.valueOf(r.value2()),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b, LinkedHashMap::new));
    }

    private SelectConditionStep<? extends Record> select(Condition condition) {
        return dsl.select(columns()).from(HOMEWORK).where(condition);
    }

    private static List<SelectField<?>> columns() {
        return columnsWith(ANSWERS);
    }

    private static List<SelectField<?>> preparedColumns() {
        return columnsWith(ANSWER_PAIRS);
    }

    private static List<SelectField<?>> columnsWith(Field<?> answers) {
        return List.of(HOMEWORK.ID, HOMEWORK.BATCH_ID, HOMEWORK.GROUP_ID, HOMEWORK.CLIENT_ID, HOMEWORK.SESSION_ID,
                HOMEWORK.EXERCISE_ID, HOMEWORK.TITLE, HOMEWORK.INSTRUCTIONS, HOMEWORK.DUE_ON, HOMEWORK.STATUS,
                HOMEWORK.REFLECTION, HOMEWORK.FEEDBACK, HOMEWORK.SUBMITTED_AT, HOMEWORK.REVIEWED_AT,
                HOMEWORK.REVIEWED_BY, HOMEWORK.VERSION, answers);
    }

    private static Homework homework(RowValues r) {
        String[] pairs = r.get(ANSWER_PAIRS);
        if (pairs == null) {
            return homework(r, Map.of());
        }
        Map<String, String> answers = new HashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            answers.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return homework(r, answers);
    }

    private static Homework toHomework(Record r) {
        return homework(RowValues.of(r), r.get(ANSWERS));
    }

    private static Homework homework(RowValues r, Map<String, String> answers) {
        Long session = r.getLongOrNull(HOMEWORK.SESSION_ID);
        Long exercise = r.getLongOrNull(HOMEWORK.EXERCISE_ID);
        Long reviewedBy = r.getLongOrNull(HOMEWORK.REVIEWED_BY);
        return new Homework(new HomeworkId(r.getLong(HOMEWORK.ID)),
                new AssignmentBatchId(r.getLong(HOMEWORK.BATCH_ID)), new GroupId(r.getLong(HOMEWORK.GROUP_ID)),
                new ClientId(r.getLong(HOMEWORK.CLIENT_ID)),
                session == null ? null : new SessionId(session), exercise == null ? null : new ExerciseId(exercise),
                r.getString(HOMEWORK.TITLE), r.getString(HOMEWORK.INSTRUCTIONS), r.getDate(HOMEWORK.DUE_ON),
                HomeworkStatus.valueOf(r.getString(HOMEWORK.STATUS)), r.getString(HOMEWORK.REFLECTION), answers,
                r.getString(HOMEWORK.FEEDBACK), Timestamps.fromDb(r.getTimestamp(HOMEWORK.SUBMITTED_AT)),
                Timestamps.fromDb(r.getTimestamp(HOMEWORK.REVIEWED_AT)), reviewedBy == null ? null : new UserId(reviewedBy),
                r.getInt(HOMEWORK.VERSION));
    }
}
