package org.mutual.persistence.plan;

import static org.mutual.persistence.jooq.Tables.EXERCISE;
import static org.mutual.persistence.jooq.Tables.EXERCISE_RECORD;
import static org.mutual.persistence.jooq.Tables.EXERCISE_VALUE;
import static org.mutual.persistence.jooq.Tables.PLAN_ITEM;
import static org.mutual.persistence.jooq.Tables.PLAN_TEMPLATE;
import static org.mutual.persistence.jooq.Tables.PLAN_TEMPLATE_ITEM;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record6;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.plan.PlanItem;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.plan.PlanRepository;
import org.mutual.domain.plan.PlanTemplate;
import org.mutual.domain.plan.PlanTemplateId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.jooq.tables.TherapySession;
import org.springframework.stereotype.Repository;

@Repository
public class JooqPlanRepository implements PlanRepository {

    static final String RECORD_TYPE = "plan";

    private static final TherapySession EARLIER = THERAPY_SESSION.as("earlier");

    private static final Field<List<PlanTemplate.Item>> TEMPLATE_ITEMS = DSL.multiset(
                    DSL.select(PLAN_TEMPLATE_ITEM.EXERCISE_ID, EXERCISE.TITLE, PLAN_TEMPLATE_ITEM.MINUTES)
                            .from(PLAN_TEMPLATE_ITEM)
                            .join(EXERCISE).on(EXERCISE.ID.eq(PLAN_TEMPLATE_ITEM.EXERCISE_ID))
                            .where(PLAN_TEMPLATE_ITEM.TEMPLATE_ID.eq(PLAN_TEMPLATE.ID))
                            .orderBy(PLAN_TEMPLATE_ITEM.POSITION))
            .convertFrom(rows -> rows.map(r -> new PlanTemplate.Item(new ExerciseId(r.value1()), r.value2(),
                    r.value3())));

    private final DSLContext dsl;
    private final Clock clock;

    public JooqPlanRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public List<PlanItem> items(SessionId session) {
        return selectItems(PLAN_ITEM.SESSION_ID.eq(session.value()))
                .orderBy(PLAN_ITEM.POSITION, PLAN_ITEM.ID)
                .fetch(JooqPlanRepository::toItem);
    }

    @Override
    public Optional<PlanItem> item(PlanItemId id) {
        return selectItems(PLAN_ITEM.ID.eq(id.value())).fetchOptional(JooqPlanRepository::toItem);
    }

    @Override
    public PlanItemId add(SessionId session, ExerciseId exercise, int minutes) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            lockSession(t, session);
            int last = t.select(DSL.coalesce(DSL.max(PLAN_ITEM.POSITION), 0)).from(PLAN_ITEM)
                    .where(PLAN_ITEM.SESSION_ID.eq(session.value()))
                    .fetchSingle().value1();
            long id = t.insertInto(PLAN_ITEM)
                    .set(PLAN_ITEM.SESSION_ID, session.value())
                    .set(PLAN_ITEM.EXERCISE_ID, exercise.value())
                    .set(PLAN_ITEM.POSITION, last + 1)
                    .set(PLAN_ITEM.MINUTES, minutes)
                    .returningResult(PLAN_ITEM.ID)
                    .fetchSingle(PLAN_ITEM.ID);
            return new PlanItemId(id);
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>An empty observation row goes with the item; recorded values make the delete fail on their
     * foreign key, which is what a caller that skipped {@link #hasRecords(PlanItemId)} deserves.
     */
    @Override
    public void remove(PlanItemId id) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            Optional<Record2<Long, Integer>> item = t.select(PLAN_ITEM.SESSION_ID, PLAN_ITEM.POSITION)
                    .from(PLAN_ITEM)
                    .where(PLAN_ITEM.ID.eq(id.value()))
                    .fetchOptional();
            if (item.isEmpty()) {
                return;
            }
            long session = item.get().value1();
            lockSession(t, new SessionId(session));
            t.deleteFrom(EXERCISE_RECORD).where(EXERCISE_RECORD.PLAN_ITEM_ID.eq(id.value())).execute();
            int deleted = t.deleteFrom(PLAN_ITEM).where(PLAN_ITEM.ID.eq(id.value())).execute();
            if (deleted == 1) {
                t.update(PLAN_ITEM)
                        .set(PLAN_ITEM.POSITION, PLAN_ITEM.POSITION.minus(1))
                        .where(PLAN_ITEM.SESSION_ID.eq(session))
                        .and(PLAN_ITEM.POSITION.gt(item.get().value2()))
                        .execute();
            }
        });
    }

    /** {@inheritDoc} The positions are written by one UPDATE with a CASE over the ids. */
    @Override
    public void reorder(SessionId session, List<PlanItemId> order) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            lockSession(t, session);
            List<Long> stored = t.select(PLAN_ITEM.ID).from(PLAN_ITEM)
                    .where(PLAN_ITEM.SESSION_ID.eq(session.value()))
                    .fetch(PLAN_ITEM.ID);
            List<Long> wanted = order.stream().map(PlanItemId::value).toList();
            if (stored.size() != wanted.size() || !new HashSet<>(stored).equals(new HashSet<>(wanted))) {
                throw new ConcurrentEditException(RECORD_TYPE, session);
            }
            if (wanted.isEmpty()) {
                return;
            }
            CaseValueStep<Long> byId = DSL.choose(PLAN_ITEM.ID);
            CaseWhenStep<Long, Integer> position = byId.when(wanted.getFirst(), 1);
            for (int i = 1; i < wanted.size(); i++) {
                position = position.when(wanted.get(i), i + 1);
            }
            t.update(PLAN_ITEM)
                    .set(PLAN_ITEM.POSITION, position.otherwise(PLAN_ITEM.POSITION))
                    .where(PLAN_ITEM.SESSION_ID.eq(session.value()))
                    .execute();
        });
    }

    /** @throws NotFoundException when there is no such item */
    @Override
    public void updateMinutes(PlanItemId id, int minutes) {
        int updated = dsl.update(PLAN_ITEM)
                .set(PLAN_ITEM.MINUTES, minutes)
                .where(PLAN_ITEM.ID.eq(id.value()))
                .execute();
        if (updated == 0) {
            throw new NotFoundException("planitem", id);
        }
    }

    @Override
    public void copyFrom(SessionId from, SessionId to) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            lockSession(t, to);
            clear(t, to);
            // row_number renumbers from 1 even if the source's positions ever had a gap.
            t.insertInto(PLAN_ITEM, PLAN_ITEM.SESSION_ID, PLAN_ITEM.EXERCISE_ID, PLAN_ITEM.POSITION, PLAN_ITEM.MINUTES)
                    .select(DSL.select(DSL.val(to.value()), PLAN_ITEM.EXERCISE_ID,
                                    DSL.rowNumber().over(DSL.orderBy(PLAN_ITEM.POSITION, PLAN_ITEM.ID)).cast(Integer.class),
                                    PLAN_ITEM.MINUTES)
                            .from(PLAN_ITEM)
                            .where(PLAN_ITEM.SESSION_ID.eq(from.value())))
                    .execute();
        });
    }

    @Override
    public Optional<SessionId> previousSessionOf(SessionId session) {
        return dsl.select(EARLIER.ID)
                .from(THERAPY_SESSION)
                .join(EARLIER).on(EARLIER.GROUP_ID.eq(THERAPY_SESSION.GROUP_ID)
                        .and(EARLIER.STARTS_AT.lt(THERAPY_SESSION.STARTS_AT))
                        .and(EARLIER.STATUS.ne(SessionStatus.CANCELLED.name())))
                .where(THERAPY_SESSION.ID.eq(session.value()))
                .orderBy(EARLIER.STARTS_AT.desc(), EARLIER.ID.desc())
                .limit(1)
                .fetchOptional(r -> new SessionId(r.value1()));
    }

    @Override
    public boolean hasRecords(PlanItemId id) {
        return recorded(PLAN_ITEM.ID.eq(id.value()));
    }

    @Override
    public boolean hasRecords(SessionId session) {
        return recorded(PLAN_ITEM.SESSION_ID.eq(session.value()));
    }

    @Override
    public PlanTemplateId saveTemplate(String name, UserId owner, List<PlanTemplate.Item> items) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            long id = t.insertInto(PLAN_TEMPLATE)
                    .set(PLAN_TEMPLATE.NAME, name)
                    .set(PLAN_TEMPLATE.OWNER_ID, owner.value())
                    .set(PLAN_TEMPLATE.CREATED_AT, OffsetDateTime.now(clock))
                    .returningResult(PLAN_TEMPLATE.ID)
                    .fetchSingle(PLAN_TEMPLATE.ID);
            var insert = t.insertInto(PLAN_TEMPLATE_ITEM, PLAN_TEMPLATE_ITEM.TEMPLATE_ID, PLAN_TEMPLATE_ITEM.POSITION,
                    PLAN_TEMPLATE_ITEM.EXERCISE_ID, PLAN_TEMPLATE_ITEM.MINUTES);
            for (int i = 0; i < items.size(); i++) {
                PlanTemplate.Item item = items.get(i);
                insert = insert.values(id, i + 1, item.exercise().value(), item.minutes());
            }
            if (!items.isEmpty()) {
                insert.execute();
            }
            return new PlanTemplateId(id);
        });
    }

    @Override
    public List<PlanTemplate> templates(UserId owner) {
        return dsl.select(PLAN_TEMPLATE.ID, PLAN_TEMPLATE.NAME, PLAN_TEMPLATE.OWNER_ID, TEMPLATE_ITEMS)
                .from(PLAN_TEMPLATE)
                .where(PLAN_TEMPLATE.OWNER_ID.eq(owner.value()))
                .orderBy(PLAN_TEMPLATE.NAME, PLAN_TEMPLATE.ID)
                .fetch(r -> new PlanTemplate(new PlanTemplateId(r.value1()), r.value2(), new UserId(r.value3()),
                        r.value4()));
    }

    @Override
    public Optional<PlanTemplate> template(PlanTemplateId id) {
        return dsl.select(PLAN_TEMPLATE.ID, PLAN_TEMPLATE.NAME, PLAN_TEMPLATE.OWNER_ID, TEMPLATE_ITEMS)
                .from(PLAN_TEMPLATE)
                .where(PLAN_TEMPLATE.ID.eq(id.value()))
                .fetchOptional(r -> new PlanTemplate(new PlanTemplateId(r.value1()), r.value2(),
                        new UserId(r.value3()), r.value4()));
    }

    @Override
    public void applyTemplate(PlanTemplateId template, SessionId session) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            lockSession(t, session);
            if (!t.fetchExists(PLAN_TEMPLATE, PLAN_TEMPLATE.ID.eq(template.value()))) {
                throw new NotFoundException("plantemplate", template);
            }
            clear(t, session);
            t.insertInto(PLAN_ITEM, PLAN_ITEM.SESSION_ID, PLAN_ITEM.EXERCISE_ID, PLAN_ITEM.POSITION, PLAN_ITEM.MINUTES)
                    .select(DSL.select(DSL.val(session.value()), PLAN_TEMPLATE_ITEM.EXERCISE_ID,
                                    PLAN_TEMPLATE_ITEM.POSITION, PLAN_TEMPLATE_ITEM.MINUTES)
                            .from(PLAN_TEMPLATE_ITEM)
                            .where(PLAN_TEMPLATE_ITEM.TEMPLATE_ID.eq(template.value())))
                    .execute();
        });
    }

    private boolean recorded(Condition items) {
        return dsl.fetchExists(DSL.selectOne().from(EXERCISE_VALUE)
                        .join(PLAN_ITEM).on(PLAN_ITEM.ID.eq(EXERCISE_VALUE.PLAN_ITEM_ID))
                        .where(items))
                || dsl.fetchExists(DSL.selectOne().from(EXERCISE_RECORD)
                        .join(PLAN_ITEM).on(PLAN_ITEM.ID.eq(EXERCISE_RECORD.PLAN_ITEM_ID))
                        .where(items).and(EXERCISE_RECORD.OBSERVATION.isNotNull()));
    }

    /** Removes the session's items and their empty observation rows before a plan is replaced. */
    private static void clear(DSLContext t, SessionId session) {
        t.deleteFrom(EXERCISE_RECORD)
                .where(EXERCISE_RECORD.PLAN_ITEM_ID.in(DSL.select(PLAN_ITEM.ID).from(PLAN_ITEM)
                        .where(PLAN_ITEM.SESSION_ID.eq(session.value()))))
                .execute();
        t.deleteFrom(PLAN_ITEM).where(PLAN_ITEM.SESSION_ID.eq(session.value())).execute();
    }

    /**
     * Locks the session's row until the transaction ends, so writers that renumber one plan run one
     * after the other.
     *
     * @throws NotFoundException when there is no such session
     */
    static void lockSession(DSLContext t, SessionId session) {
        t.select(THERAPY_SESSION.ID).from(THERAPY_SESSION)
                .where(THERAPY_SESSION.ID.eq(session.value()))
                .forUpdate()
                .fetchOptional()
                .orElseThrow(() -> new NotFoundException("session", session));
    }

    private SelectConditionStep<Record6<Long, Long, Long, String, Integer, Integer>> selectItems(
            Condition condition) {
        return dsl.select(PLAN_ITEM.ID, PLAN_ITEM.SESSION_ID, PLAN_ITEM.EXERCISE_ID, EXERCISE.TITLE, PLAN_ITEM.POSITION,
                        PLAN_ITEM.MINUTES)
                .from(PLAN_ITEM)
                .join(EXERCISE).on(EXERCISE.ID.eq(PLAN_ITEM.EXERCISE_ID))
                .where(condition);
    }

    static PlanItem toItem(Record6<Long, Long, Long, String, Integer, Integer> r) {
        return new PlanItem(new PlanItemId(r.value1()), new SessionId(r.value2()), new ExerciseId(r.value3()),
                r.value4(), r.value5(), r.value6());
    }
}
