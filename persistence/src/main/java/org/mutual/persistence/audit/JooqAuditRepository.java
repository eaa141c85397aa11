package org.mutual.persistence.audit;

import static org.mutual.persistence.jooq.Tables.AUDIT_ENTRY;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.PreparedRead;
import org.mutual.persistence.base.RowValues;
import org.springframework.stereotype.Repository;

@Repository
public class JooqAuditRepository implements AuditRepository {

    private static final List<Filter<?>> FILTERS = List.of(
            Filter.of("actor", String.class, AUDIT_ENTRY.ACTOR_NAME::eq, AuditQuery::actor),
            Filter.of("action", String.class, AUDIT_ENTRY.ACTION::eq, AuditQuery::action),
            Filter.of("record_type", String.class, AUDIT_ENTRY.RECORD_TYPE::eq, AuditQuery::recordType),
            Filter.of("record_id", String.class, AUDIT_ENTRY.RECORD_ID::eq, AuditQuery::recordId),
            Filter.of("outcome", String.class, AUDIT_ENTRY.OUTCOME::eq,
                    q -> q.outcome() == null ? null : q.outcome().name()),
            Filter.of("from", OffsetDateTime.class, AUDIT_ENTRY.OCCURRED_AT::ge,
                    q -> q.from() == null ? null : q.from().atOffset(ZoneOffset.UTC)),
            Filter.of("until", OffsetDateTime.class, AUDIT_ENTRY.OCCURRED_AT::lt,
                    q -> q.until() == null ? null : q.until().atOffset(ZoneOffset.UTC)));

    private static final Param<Integer> OFFSET = DSL.param("offset", Integer.class);
    private static final Param<Integer> LIMIT = DSL.param("limit", Integer.class);
    private static final Field<Integer> COUNT = DSL.count();

    private final DSLContext dsl;
    /**
     * A page and a count of the log for each combination of filters in use (at most 2^7 of each, prepared
     * when first asked for), so every filter keeps its own index.
     */
    private final Map<Integer, PreparedRead<AuditEntry>> pages = new ConcurrentHashMap<>();
    private final Map<Integer, PreparedRead<Integer>> counts = new ConcurrentHashMap<>();

    public JooqAuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One multi-row insert for all entries. */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.ACTOR_ID, AUDIT_ENTRY.ACTOR_NAME,
                AUDIT_ENTRY.ACTION, AUDIT_ENTRY.RECORD_TYPE, AUDIT_ENTRY.RECORD_ID, AUDIT_ENTRY.OUTCOME);
        for (AuditEntry e : entries) {
            insert = insert.values(e.at().atOffset(ZoneOffset.UTC), e.actorId() == null ? null : e.actorId().value(),
                    e.actorName(), e.action(), e.recordType(), e.recordId(), e.outcome().name());
        }
        insert.execute();
    }

    @Override
    public void append(AuditEntry e) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, e.at().atOffset(ZoneOffset.UTC))
                .set(AUDIT_ENTRY.ACTOR_ID, e.actorId() == null ? null : e.actorId().value())
                .set(AUDIT_ENTRY.ACTOR_NAME, e.actorName())
                .set(AUDIT_ENTRY.ACTION, e.action())
                .set(AUDIT_ENTRY.RECORD_TYPE, e.recordType())
                .set(AUDIT_ENTRY.RECORD_ID, e.recordId())
                .set(AUDIT_ENTRY.OUTCOME, e.outcome().name())
                .execute();
    }

    @Override
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        int used = filtersUsed(query);
        return page(used).fetch(values(query, used, offset, limit));
    }

    /** The statement {@link #find} sends, with its values written in: for a test to explain it. */
    String pageSql(AuditQuery query, int offset, int limit) {
        int used = filtersUsed(query);
        return page(used).sqlWith(values(query, used, offset, limit));
    }

    private PreparedRead<AuditEntry> page(int used) {
        return pages.computeIfAbsent(used, u -> PreparedRead.page(dsl,
                dsl.select(AUDIT_ENTRY.fields())
                        .from(AUDIT_ENTRY)
                        .where(conditions(u))
                        .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                        .offset(OFFSET).limit(LIMIT),
                JooqAuditRepository::entry, List.of(parameters(u)), OFFSET, LIMIT));
    }

    @Override
    public long count(AuditQuery query) {
        int used = filtersUsed(query);
        PreparedRead<Integer> count = counts.computeIfAbsent(used, u -> PreparedRead.of(dsl,
                dsl.select(COUNT).from(AUDIT_ENTRY).where(conditions(u)), r -> r.get(COUNT), parameters(u)));
        return count.fetch(values(query, used)).getFirst();
    }

    /** Which of {@link #FILTERS} the query uses, one bit each. */
    private static int filtersUsed(AuditQuery query) {
        int used = 0;
        for (int i = 0; i < FILTERS.size(); i++) {
            if (FILTERS.get(i).valueIn().apply(query) != null) {
                used |= 1 << i;
            }
        }
        return used;
    }

    private static Condition conditions(int used) {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < FILTERS.size(); i++) {
            if ((used & 1 << i) != 0) {
                conditions.add(FILTERS.get(i).condition());
            }
        }
        return DSL.and(conditions);
    }

    private static Param<?>[] parameters(int used) {
        List<Param<?>> parameters = new ArrayList<>();
        for (int i = 0; i < FILTERS.size(); i++) {
            if ((used & 1 << i) != 0) {
                parameters.add(FILTERS.get(i).param());
            }
        }
        return parameters.toArray(Param<?>[]::new);
    }

    private static Object[] values(AuditQuery query, int used, Object... more) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < FILTERS.size(); i++) {
            if ((used & 1 << i) != 0) {
                values.add(FILTERS.get(i).valueIn().apply(query));
            }
        }
        values.addAll(List.of(more));
        return values.toArray();
    }

    /**
     * One filter of the log: the input it binds, its condition, and its value in a query (null: not used).
     * Exact matches only, so each filter can use its index (see V13__audit_indexes.sql).
     */
    private record Filter<V>(Param<V> param, Condition condition, Function<AuditQuery, V> valueIn) {

        static <V> Filter<V> of(String name, Class<V> type, Function<Field<V>, Condition> condition,
                                Function<AuditQuery, V> valueIn) {
            Param<V> param = DSL.param(name, type);
            return new Filter<>(param, condition.apply(param), valueIn);
        }
    }

    private static AuditEntry entry(RowValues r) {
        Long actor = r.getLongOrNull(AUDIT_ENTRY.ACTOR_ID);
        return new AuditEntry(r.getTimestamp(AUDIT_ENTRY.OCCURRED_AT).toInstant(), actor == null ? null : new UserId(actor),
                r.getString(AUDIT_ENTRY.ACTOR_NAME), r.getString(AUDIT_ENTRY.ACTION),
                r.getString(AUDIT_ENTRY.RECORD_TYPE), r.getString(AUDIT_ENTRY.RECORD_ID),
                AuditOutcome.valueOf(r.getString(AUDIT_ENTRY.OUTCOME)));
    }
}
