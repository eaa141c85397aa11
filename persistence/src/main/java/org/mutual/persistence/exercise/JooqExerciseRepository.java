package org.mutual.persistence.exercise;

import static org.mutual.persistence.jooq.Tables.EXERCISE;
import static org.mutual.persistence.jooq.Tables.EXERCISE_FIELD;
import static org.mutual.persistence.jooq.Tables.EXERCISE_FIELD_CHOICE;
import static org.mutual.persistence.jooq.Tables.EXERCISE_PATTERN;
import static org.mutual.persistence.jooq.Tables.EXERCISE_VALUE;
import static org.mutual.persistence.jooq.Tables.PLAN_ITEM;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseQuery;
import org.mutual.domain.exercise.ExerciseRepository;
import org.mutual.domain.exercise.FieldType;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.exercise.RecordingScope;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Like;
import org.springframework.stereotype.Repository;

@Repository
public class JooqExerciseRepository implements ExerciseRepository {

    static final String RECORD_TYPE = "exercise";

    private static final Field<Set<BarrierPattern>> PATTERNS = DSL.multiset(
                    DSL.select(EXERCISE_PATTERN.PATTERN).from(EXERCISE_PATTERN)
                            .where(EXERCISE_PATTERN.EXERCISE_ID.eq(EXERCISE.ID)))
            .convertFrom(rows -> {
                Set<BarrierPattern> set = EnumSet.noneOf(BarrierPattern.class);
                rows.forEach(row -> set.add(BarrierPattern.valueOf(row.value1())));
                return set;
            });

    /** The fields in form order, each with its choices in order: nested so a page stays one query. */
    private static final Field<List<RecordingField>> FIELDS = DSL.multiset(
                    DSL.select(EXERCISE_FIELD.FIELD_KEY, EXERCISE_FIELD.LABEL, EXERCISE_FIELD.FIELD_TYPE,
                                    EXERCISE_FIELD.SCOPE,
                                    DSL.multiset(DSL.select(EXERCISE_FIELD_CHOICE.LABEL).from(EXERCISE_FIELD_CHOICE)
                                                    .where(EXERCISE_FIELD_CHOICE.EXERCISE_ID.eq(EXERCISE_FIELD.EXERCISE_ID))
                                                    .and(EXERCISE_FIELD_CHOICE.FIELD_KEY.eq(EXERCISE_FIELD.FIELD_KEY))
                                                    .orderBy(EXERCISE_FIELD_CHOICE.POSITION))
                                            .convertFrom(choices -> choices.map(Record1::value1)))
                            .from(EXERCISE_FIELD)
                            .where(EXERCISE_FIELD.EXERCISE_ID.eq(EXERCISE.ID))
                            .orderBy(EXERCISE_FIELD.POSITION))
            .convertFrom(rows -> rows.map(r -> new RecordingField(r.value1(), r.value2(),
                    FieldType.valueOf(r.value3()), r.value5(), RecordingScope.valueOf(r.value4()))));

    /** The columns {@link #toExercise} reads: a query joining EXERCISE selects them to map its exercise too. */
    public static final List<Field<?>> COLUMNS = List.of(EXERCISE.ID, EXERCISE.PRACTICE, EXERCISE.TITLE,
            EXERCISE.GOAL, EXERCISE.STEPS, EXERCISE.PROMPTS, EXERCISE.SUGGESTED_MINUTES, EXERCISE.HOMEWORK_VARIANT,
            PATTERNS, FIELDS, EXERCISE.BUILT_IN, EXERCISE.OWNER_ID, EXERCISE.ARCHIVED, EXERCISE.VERSION);

    private final DSLContext dsl;
    private final Clock clock;

    public JooqExerciseRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The unique built-in key makes a second node's insert of the same practice a no-op; an
     * exercise and its fields are stored in one transaction, so a practice is never left without them.
     */
    @Override
    public int seedBuiltIns(List<Exercise> builtIns) {
        int stored = 0;
        for (Exercise exercise : builtIns) {
            if (!exercise.builtIn()) {
                throw new IllegalArgumentException("not a built-in exercise: " + exercise.title());
            }
            boolean inserted = dsl.transactionResult(tx -> {
                DSLContext t = tx.dsl();
                int rows = t.insertInto(EXERCISE)
                        .set(columns(exercise))
                        .set(EXERCISE.CREATED_AT, OffsetDateTime.now(clock))
                        .onConflict(EXERCISE.BUILTIN_KEY).doNothing()
                        .execute();
                if (rows == 0) {
                    return false;
                }
                long id = t.select(EXERCISE.ID).from(EXERCISE)
                        .where(EXERCISE.BUILTIN_KEY.eq(exercise.practice().name()))
                        .fetchSingle(EXERCISE.ID);
                insertChildren(t, id, exercise);
                return true;
            });
            stored += inserted ? 1 : 0;
        }
        return stored;
    }

    @Override
    public ExerciseId create(Exercise exercise) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            long id = t.insertInto(EXERCISE)
                    .set(columns(exercise))
                    .set(EXERCISE.CREATED_AT, OffsetDateTime.now(clock))
                    .returningResult(EXERCISE.ID)
                    .fetchSingle(EXERCISE.ID);
            insertChildren(t, id, exercise);
            return new ExerciseId(id);
        });
    }

    @Override
    public Optional<Exercise> find(ExerciseId id) {
        return select(EXERCISE.ID.eq(id.value())).fetchOptional(JooqExerciseRepository::toExercise);
    }

    @Override
    public List<Exercise> findAll(Collection<ExerciseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return select(EXERCISE.ID.in(ids.stream().map(ExerciseId::value).toList()))
                .orderBy(EXERCISE.ID)
                .fetch(JooqExerciseRepository::toExercise);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Patterns and fields are replaced after the version check passed, so they can't overwrite
     * someone else's; whether fields may change at all is the domain's rule.
     */
    @Override
    public void update(Exercise exercise, int expectedVersion) {
        long id = exercise.id().value();
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            int updated = t.update(EXERCISE)
                    .set(columns(exercise))
                    .set(EXERCISE.VERSION, EXERCISE.VERSION.plus(1))
                    .where(EXERCISE.ID.eq(id).and(EXERCISE.VERSION.eq(expectedVersion)))
                    .execute();
            if (updated == 0) {
                if (t.fetchExists(EXERCISE, EXERCISE.ID.eq(id))) {
                    throw new ConcurrentEditException(RECORD_TYPE, exercise.id());
                }
                throw new NotFoundException(RECORD_TYPE, exercise.id());
            }
            t.deleteFrom(EXERCISE_PATTERN).where(EXERCISE_PATTERN.EXERCISE_ID.eq(id)).execute();
            t.deleteFrom(EXERCISE_FIELD_CHOICE).where(EXERCISE_FIELD_CHOICE.EXERCISE_ID.eq(id)).execute();
            t.deleteFrom(EXERCISE_FIELD).where(EXERCISE_FIELD.EXERCISE_ID.eq(id)).execute();
            insertChildren(t, id, exercise);
        });
    }

    @Override
    public List<Exercise> search(ExerciseQuery query, int offset, int limit) {
        return select(DSL.and(conditions(query)))
                .orderBy(EXERCISE.BUILT_IN.desc(), EXERCISE.TITLE, EXERCISE.ID)
                .offset(offset).limit(limit)
                .fetch(JooqExerciseRepository::toExercise);
    }

    @Override
    public int count(ExerciseQuery query) {
        return dsl.fetchCount(EXERCISE, conditions(query));
    }

    @Override
    public boolean fieldsInUse(ExerciseId id) {
        return dsl.fetchExists(DSL.selectOne().from(EXERCISE_VALUE)
                .join(PLAN_ITEM).on(PLAN_ITEM.ID.eq(EXERCISE_VALUE.PLAN_ITEM_ID))
                .where(PLAN_ITEM.EXERCISE_ID.eq(id.value())));
    }

    private static List<Condition> conditions(ExerciseQuery query) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(EXERCISE.BUILT_IN.isTrue().or(EXERCISE.OWNER_ID.eq(query.viewer().value())));
        if (!query.includeArchived()) {
            conditions.add(EXERCISE.ARCHIVED.isFalse());
        }
        if (query.text() != null) {
            Condition stored = Like.contains(EXERCISE.TITLE, query.text()).or(Like.contains(EXERCISE.GOAL, query.text()));
            conditions.add(query.builtInsMatching().isEmpty() ? stored : stored.or(EXERCISE.BUILT_IN.isTrue()
                    .and(EXERCISE.PRACTICE.in(query.builtInsMatching().stream().map(Practice::name).toList()))));
        }
        if (query.practice() != null) {
            conditions.add(EXERCISE.PRACTICE.eq(query.practice().name()));
        }
        if (query.pattern() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(EXERCISE_PATTERN)
                    .where(EXERCISE_PATTERN.EXERCISE_ID.eq(EXERCISE.ID))
                    .and(EXERCISE_PATTERN.PATTERN.eq(query.pattern().name()))));
        }
        if (query.maxMinutes() != null) {
            conditions.add(EXERCISE.SUGGESTED_MINUTES.le(query.maxMinutes()));
        }
        return conditions;
    }

    private static Map<Field<?>, Object> columns(Exercise e) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(EXERCISE.PRACTICE, e.practice() == null ? null : e.practice().name());
        values.put(EXERCISE.BUILTIN_KEY, e.builtIn() ? e.practice().name() : null);
        values.put(EXERCISE.TITLE, e.title());
        values.put(EXERCISE.GOAL, e.goal());
        values.put(EXERCISE.STEPS, e.steps());
        values.put(EXERCISE.PROMPTS, e.prompts());
        values.put(EXERCISE.SUGGESTED_MINUTES, e.suggestedMinutes());
        values.put(EXERCISE.HOMEWORK_VARIANT, e.homeworkVariant());
        values.put(EXERCISE.BUILT_IN, e.builtIn());
        values.put(EXERCISE.OWNER_ID, e.owner() == null ? null : e.owner().value());
        values.put(EXERCISE.ARCHIVED, e.archived());
        return values;
    }

    private static void insertChildren(DSLContext t, long id, Exercise exercise) {
        for (BarrierPattern pattern : exercise.helps()) {
            t.insertInto(EXERCISE_PATTERN)
                    .set(EXERCISE_PATTERN.EXERCISE_ID, id)
                    .set(EXERCISE_PATTERN.PATTERN, pattern.name())
                    .execute();
        }
        List<RecordingField> fields = exercise.fields();
        for (int i = 0; i < fields.size(); i++) {
            RecordingField f = fields.get(i);
            t.insertInto(EXERCISE_FIELD)
                    .set(EXERCISE_FIELD.EXERCISE_ID, id)
                    .set(EXERCISE_FIELD.POSITION, i + 1)
                    .set(EXERCISE_FIELD.FIELD_KEY, f.key())
                    .set(EXERCISE_FIELD.LABEL, f.label())
                    .set(EXERCISE_FIELD.FIELD_TYPE, f.type().name())
                    .set(EXERCISE_FIELD.SCOPE, f.scope().name())
                    .execute();
            for (int c = 0; c < f.choices().size(); c++) {
                t.insertInto(EXERCISE_FIELD_CHOICE)
                        .set(EXERCISE_FIELD_CHOICE.EXERCISE_ID, id)
                        .set(EXERCISE_FIELD_CHOICE.FIELD_KEY, f.key())
                        .set(EXERCISE_FIELD_CHOICE.POSITION, c + 1)
                        .set(EXERCISE_FIELD_CHOICE.LABEL, f.choices().get(c))
                        .execute();
            }
        }
    }

    private SelectConditionStep<? extends Record> select(Condition condition) {
        return dsl.select(COLUMNS)
                .from(EXERCISE)
                .where(condition);
    }

    /** The exercise of a row that selected {@link #COLUMNS}. */
    public static Exercise toExercise(Record r) {
        String practice = r.get(EXERCISE.PRACTICE);
        Long owner = r.get(EXERCISE.OWNER_ID);
        return new Exercise(new ExerciseId(r.get(EXERCISE.ID)), practice == null ? null : Practice.valueOf(practice),
                r.get(EXERCISE.TITLE), r.get(EXERCISE.GOAL), r.get(EXERCISE.STEPS), r.get(EXERCISE.PROMPTS),
                r.get(EXERCISE.SUGGESTED_MINUTES), r.get(EXERCISE.HOMEWORK_VARIANT), r.get(PATTERNS), r.get(FIELDS),
                r.get(EXERCISE.BUILT_IN), owner == null ? null : new UserId(owner), r.get(EXERCISE.ARCHIVED),
                r.get(EXERCISE.VERSION));
    }
}
